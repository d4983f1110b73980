import type { FieldType } from './api';

export type Rule =
  | 'minMax'
  | 'maxLength'
  | 'pattern'
  | 'options'
  | 'reference'
  | 'precisionScale'
  | 'unique'
  | 'defaultValue';

const TEXTUAL: Rule[] = ['maxLength', 'pattern', 'unique', 'defaultValue'];

/** The rules each type accepts; the add-field form shows only these. */
export const RULES_BY_TYPE: Record<FieldType, Rule[]> = {
  TEXT: TEXTUAL,
  LONG_TEXT: TEXTUAL,
  EMAIL: TEXTUAL,
  URL: TEXTUAL,
  INTEGER: ['minMax', 'unique', 'defaultValue'],
  DECIMAL: ['minMax', 'precisionScale', 'unique', 'defaultValue'],
  BOOLEAN: ['defaultValue'],
  DATE: ['unique', 'defaultValue'],
  DATETIME: ['unique', 'defaultValue'],
  ENUM: ['options', 'unique', 'defaultValue'],
  REFERENCE: ['reference'],
  JSON: ['defaultValue'],
};

export const allows = (type: FieldType | '', rule: Rule) =>
  type !== '' && RULES_BY_TYPE[type].includes(rule);

import type { FilterType } from './filter-fields';

/** API.md's filter operators, in the order a person most often wants them. */
export const OPERATORS = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'contains',
  'startsWith',
  'isNull',
] as const;

export type Operator = (typeof OPERATORS)[number];

const TEXT: readonly Operator[] = ['contains', 'startsWith', 'eq', 'ne', 'in', 'isNull'];
const ORDERED: readonly Operator[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'isNull'];
const CHOICE: readonly Operator[] = ['eq', 'ne', 'in', 'isNull'];

/**
 * The operators that fit a type: `contains` and `startsWith` only on text (API.md), ranges on
 * numbers and time, and nothing but `isNull` on JSON, whose values have no order.
 */
const BY_TYPE: Record<FilterType, readonly Operator[]> = {
  TEXT,
  LONG_TEXT: TEXT,
  EMAIL: TEXT,
  URL: TEXT,
  ENUM: CHOICE,
  INTEGER: ORDERED,
  DECIMAL: ORDERED,
  DATE: ORDERED,
  DATETIME: ORDERED,
  BOOLEAN: ['eq', 'ne', 'isNull'],
  REFERENCE: CHOICE,
  ID: ['eq', 'ne', 'in'],
  JSON: ['isNull'],
};

export function operatorsFor(type: FilterType): readonly Operator[] {
  return BY_TYPE[type];
}

export function fits(type: FilterType, op: string): op is Operator {
  return (BY_TYPE[type] as readonly string[]).includes(op);
}

/** How a condition's value is entered. */
export type ValueKind =
  | 'emptiness'
  | 'list'
  | 'boolean'
  | 'options'
  | 'reference'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'datetime'
  | 'text';

export function valueKindFor(type: FilterType, op: Operator): ValueKind {
  if (op === 'isNull') return 'emptiness';
  if (op === 'in') return 'list';
  switch (type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'ENUM':
      return 'options';
    case 'REFERENCE':
      return 'reference';
    case 'INTEGER':
      return 'integer';
    case 'DECIMAL':
      return 'decimal';
    case 'DATE':
      return 'date';
    case 'DATETIME':
      return 'datetime';
    default:
      return 'text';
  }
}

/** The value a new condition starts with: `isNull` and booleans have an obvious one. */
export function initialValues(type: FilterType, op: Operator): string[] {
  if (op === 'isNull' || type === 'BOOLEAN') return ['true'];
  return [];
}

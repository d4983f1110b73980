import type { Field } from '@/features/entities/api';
import { t } from '@/lib/i18n';
import type { FormValue } from './field-values';

export type InputKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'decimal'
  | 'checkbox'
  | 'date'
  | 'datetime'
  | 'email'
  | 'url'
  | 'select'
  | 'reference'
  | 'json';

export interface InputSpec {
  kind: InputKind;
  /** The HTML input type, where the kind renders an <input>. */
  htmlType?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'url';
  step?: string;
  min?: string;
  max?: string;
  maxLength?: number;
  options?: string[];
}

const bound = (value: number | string | undefined) =>
  value === undefined ? undefined : String(value);

/** Which input a field of each type is edited with. */
export function inputFor(field: Field): InputSpec {
  switch (field.type) {
    case 'TEXT':
      return { kind: 'text', htmlType: 'text', maxLength: field.maxLength };
    case 'LONG_TEXT':
      return { kind: 'textarea', maxLength: field.maxLength };
    case 'INTEGER':
      return {
        kind: 'number',
        htmlType: 'number',
        inputMode: 'numeric',
        step: '1',
        min: bound(field.min),
        max: bound(field.max),
      };
    // Exact text, never a float: <input type="number"> would round long decimals.
    case 'DECIMAL':
      return { kind: 'decimal', htmlType: 'text', inputMode: 'decimal' };
    case 'BOOLEAN':
      return { kind: 'checkbox', htmlType: 'checkbox' };
    case 'DATE':
      return { kind: 'date', htmlType: 'date' };
    case 'DATETIME':
      return { kind: 'datetime', htmlType: 'datetime-local', step: '1' };
    case 'EMAIL':
      return { kind: 'email', htmlType: 'email', inputMode: 'email', maxLength: field.maxLength };
    case 'URL':
      return { kind: 'url', htmlType: 'url', inputMode: 'url', maxLength: field.maxLength };
    case 'ENUM':
      return { kind: 'select', options: field.options ?? [] };
    case 'REFERENCE':
      return { kind: 'reference' };
    case 'JSON':
      return { kind: 'json' };
  }
}

export function fieldLabel(field: Field): string {
  return field.displayName?.trim() || field.name;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as a datetime-local value in the browser's zone (to the second). */
export function toLocalDateTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '';
  const date = `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  return `${date}T${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
}

/** The value a new record's input starts with: the field's default, else empty. */
export function initialFormValue(field: Field): FormValue {
  const value = field.defaultValue;
  if (field.type === 'BOOLEAN') return value === true || value === 'true';
  if (value === undefined || value === null) return '';
  if (field.type === 'DATETIME') return toLocalDateTime(String(value));
  if (field.type === 'JSON') return JSON.stringify(value, null, 2);
  return String(value);
}

export function initialFormValues(fields: Field[]): Record<string, FormValue> {
  return Object.fromEntries(fields.map((field) => [field.name, initialFormValue(field)]));
}

/** The rules of a field in words, shown under its input before the user types. */
export function ruleHints(field: Field): string[] {
  const hints: string[] = [];
  if (field.required) hints.push(t('rules.required'));
  if (field.unique) hints.push(t('rules.unique'));
  if (field.min !== undefined) hints.push(t('rules.min', { value: field.min }));
  if (field.max !== undefined) hints.push(t('rules.max', { value: field.max }));
  if (field.maxLength !== undefined) hints.push(t('rules.maxLength', { value: field.maxLength }));
  if (field.pattern) hints.push(t('rules.pattern', { value: field.pattern }));
  if (field.precision !== undefined) hints.push(t('rules.precision', { value: field.precision }));
  if (field.scale !== undefined) hints.push(t('rules.scale', { value: field.scale }));
  return hints;
}

/** What the input expects beyond the rules. */
export function inputHint(field: Field): string | undefined {
  if (field.type === 'DATETIME') return t('rules.localTime');
  if (field.type === 'JSON') return t('rules.anyJson');
  return undefined;
}

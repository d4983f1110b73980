import { toLocalDateTime } from '@/features/records/field-inputs';
import type { Field, FieldSpec } from '../api';
import type { FieldForm } from '../field-spec';
import type { FieldChange } from '../api';

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

function defaultText(field: Field): string {
  const value = field.defaultValue;
  if (value === undefined || value === null) return '';
  if (field.type === 'JSON') return JSON.stringify(value);
  if (field.type === 'DATETIME') return toLocalDateTime(String(value));
  return String(value);
}

/** The field form filled in from an existing field, to edit it. */
export function fieldToForm(field: Field): FieldForm {
  return {
    name: field.name,
    type: field.type,
    displayName: text(field.displayName),
    required: field.required === true,
    unique: field.unique === true,
    defaultValue: defaultText(field),
    min: text(field.min),
    max: text(field.max),
    maxLength: text(field.maxLength),
    pattern: text(field.pattern),
    options: (field.options ?? []).join('\n'),
    reference: text(field.reference),
    precision: text(field.precision),
    scale: text(field.scale),
  };
}

/** What a field edit may change; the type and the reference stay as they are. */
const EDITABLE = [
  'name',
  'displayName',
  'required',
  'unique',
  'defaultValue',
  'min',
  'max',
  'maxLength',
  'pattern',
  'options',
  'precision',
  'scale',
] as const;

const BOOLEANS = new Set(['required', 'unique']);

function comparable(key: string, value: unknown): string {
  if (BOOLEANS.has(key)) return String(value === true);
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return JSON.stringify(value);
}

/**
 * The partial spec to PATCH: only what differs from the field, with `null` for a rule the
 * admin cleared.
 */
export function specChange(field: Field, spec: FieldSpec): FieldChange {
  const change: Record<string, unknown> = {};
  for (const key of EDITABLE) {
    const before = field[key];
    const after = spec[key];
    if (comparable(key, before) === comparable(key, after)) continue;
    change[key] = after === undefined || after === '' ? null : after;
  }
  return change as FieldChange;
}

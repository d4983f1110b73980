import type { Field } from '@/features/entities/api';
import type { EntityRecord } from '../api';
import { toLocalDateTime } from '../field-inputs';
import type { FormValue } from '../field-values';
import { payloadJson, type PayloadValue } from '../record-body';

/** What an input shows for a stored value (the inverse of parseFieldValue). */
export function formValueOf(field: Field, value: unknown): FormValue {
  if (field.type === 'BOOLEAN') return value === true;
  if (value === undefined || value === null) return '';
  if (field.type === 'DATETIME') return toLocalDateTime(String(value));
  if (field.type === 'JSON') return JSON.stringify(value, null, 2);
  return String(value);
}

export function recordFormValues(fields: Field[], record: EntityRecord) {
  return Object.fromEntries(
    fields.map((field) => [field.name, formValueOf(field, record[field.name])]),
  );
}

// Integers arrive as JSON numbers and leave as exact text: compare them as text.
const comparable = (value: unknown) =>
  typeof value === 'number' ? String(value) : (value ?? null);

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

/** One field in a lost-update conflict: what the user typed beside what is saved now. */
export interface ConflictRow {
  field: Field;
  /** The value the form started from (the version the user read). */
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** Both sides changed this field to different values. */
  clash: boolean;
}

/**
 * The fields the user changed or the other writer changed, for a 412: `base` is the version
 * the form was opened on, `latest` the record as it is now.
 */
export function conflictRows(
  fields: Field[],
  base: EntityRecord,
  latest: EntityRecord,
  mine: Record<string, PayloadValue>,
  changed: string[],
): ConflictRow[] {
  return fields.flatMap((field) => {
    const name = field.name;
    const mineChanged = changed.includes(name);
    const theirsChanged = !sameValue(base[name], latest[name]);
    if (!mineChanged && !theirsChanged) return [];
    const myValue = mineChanged ? payloadJson(mine[name]) : base[name];
    return [
      {
        field,
        base: base[name],
        mine: myValue,
        theirs: latest[name],
        clash: mineChanged && theirsChanged && !sameValue(myValue, latest[name]),
      },
    ];
  });
}

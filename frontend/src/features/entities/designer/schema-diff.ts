import type { EntityDetail, Field, RollbackOperation } from '../api';

/** The parts of a field spec besides its name that a version can differ in. */
export const SPEC_KEYS = [
  'type',
  'displayName',
  'required',
  'unique',
  'defaultValue',
  'min',
  'max',
  'maxLength',
  'pattern',
  'options',
  'reference',
  'precision',
  'scale',
] as const;

export type SpecKey = (typeof SPEC_KEYS)[number];
export type FieldStatus = 'same' | 'added' | 'removed' | 'renamed' | 'changed';

export interface FieldDiff {
  id: string;
  left?: Field;
  right?: Field;
  status: FieldStatus;
  /** The spec keys that differ (besides the name). */
  changed: SpecKey[];
}

const BOOLEAN_KEYS = new Set<string>(['required', 'unique']);

function normal(key: string, value: unknown): string {
  if (BOOLEAN_KEYS.has(key)) return String(value === true);
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return JSON.stringify(value);
}

export function changedKeys(left: Field, right: Field): SpecKey[] {
  return SPEC_KEYS.filter((key) => normal(key, left[key]) !== normal(key, right[key]));
}

/** Every field of either version by id: right's order first, then the ones only on the left. */
export function diffFields(left: EntityDetail, right: EntityDetail): FieldDiff[] {
  const leftById = new Map(left.fields.map((field) => [field.id, field]));
  const rightIds = new Set(right.fields.map((field) => field.id));
  const rows: FieldDiff[] = right.fields.map((field) => {
    const before = leftById.get(field.id);
    if (!before) return { id: field.id, right: field, status: 'added', changed: [] };
    const changed = changedKeys(before, field);
    const status: FieldStatus =
      before.name !== field.name ? 'renamed' : changed.length > 0 ? 'changed' : 'same';
    return { id: field.id, left: before, right: field, status, changed };
  });
  for (const field of left.fields) {
    if (!rightIds.has(field.id))
      rows.push({ id: field.id, left: field, status: 'removed', changed: [] });
  }
  return rows;
}

function specOf(field: Field, keys: SpecKey[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, field[key] ?? null]));
}

/**
 * What a rollback from `current` to `target` will do, computed in the browser from the two
 * schema documents in the shape the server answers (`field` is the field id).
 */
export function rollbackPreview(current: EntityDetail, target: EntityDetail): RollbackOperation[] {
  const operations: RollbackOperation[] = [];
  if (current.name !== target.name) {
    operations.push({ op: 'renameEntity', from: current.name, to: target.name });
  }
  for (const row of diffFields(current, target)) {
    if (row.status === 'removed' && row.left) {
      operations.push({ op: 'removeField', field: row.id, from: row.left.name });
    } else if (row.status === 'added' && row.right) {
      operations.push({ op: 'restoreField', field: row.id, to: row.right.name });
    } else if (row.left && row.right) {
      if (row.left.name !== row.right.name) {
        operations.push({
          op: 'renameField',
          field: row.id,
          from: row.left.name,
          to: row.right.name,
        });
      }
      if (row.changed.length > 0) {
        operations.push({
          op: 'changeField',
          field: row.id,
          from: specOf(row.left, row.changed),
          to: specOf(row.right, row.changed),
        });
      }
    }
  }
  return operations;
}

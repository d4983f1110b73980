import { describe, expect, it } from 'vitest';
import { field } from '@/features/records/test-fields';
import type { EntityDetail } from '../api';
import { diffFields, rollbackPreview } from './schema-diff';

const schema = (version: number, name: string, fields: EntityDetail['fields']): EntityDetail => ({
  id: 'e1',
  name,
  tableName: 'entity_e1',
  schemaVersion: version,
  fields,
});

const title = field('TEXT', { id: 'f1', name: 'title', required: true });
const qty = field('INTEGER', { id: 'f2', name: 'qty', max: 10 });
const note = field('TEXT', { id: 'f3', name: 'note' });

describe('schema diff', () => {
  it('pairs fields by id and says how each differs', () => {
    const left = schema(2, 'product', [title, qty, note]);
    const right = schema(5, 'item', [
      { ...title, name: 'label' },
      { ...qty, max: '20' },
      field('DATE', { id: 'f4', name: 'due' }),
    ]);
    expect(diffFields(left, right).map((row) => [row.id, row.status, row.changed])).toEqual([
      ['f1', 'renamed', []],
      ['f2', 'changed', ['max']],
      ['f4', 'added', []],
      ['f3', 'removed', []],
    ]);
  });

  it('treats absent and false booleans, and 10 and "10", as the same', () => {
    const left = schema(1, 'p', [{ ...qty, required: false, max: 10 }]);
    const right = schema(2, 'p', [{ ...qty, max: '10' }]);
    expect(diffFields(left, right)[0]?.status).toBe('same');
  });

  it('previews a rollback as the operations that turn the current schema into the target', () => {
    const current = schema(6, 'item', [
      { ...title, name: 'label' },
      { ...qty, max: 20 },
      field('DATE', { id: 'f4', name: 'due' }),
    ]);
    const target = schema(2, 'product', [title, qty, note]);
    expect(rollbackPreview(current, target)).toEqual([
      { op: 'renameEntity', from: 'item', to: 'product' },
      { op: 'renameField', field: 'f1', from: 'label', to: 'title' },
      { op: 'changeField', field: 'f2', from: { max: 20 }, to: { max: 10 } },
      { op: 'restoreField', field: 'f3', to: 'note' },
      { op: 'removeField', field: 'f4', from: 'due' },
    ]);
  });
});

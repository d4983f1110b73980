import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../api';
import { RawJson } from '../record-body';
import { field } from '../test-fields';
import { conflictRows, formValueOf } from './record-values';

const base = (values: Record<string, unknown>): EntityRecord => ({
  id: 'r',
  version: 1,
  created_at: '',
  updated_at: '',
  created_by: '',
  updated_by: '',
  ...values,
});

describe('record values', () => {
  it('turns stored values into what the inputs show', () => {
    expect(formValueOf(field('BOOLEAN'), true)).toBe(true);
    expect(formValueOf(field('INTEGER'), null)).toBe('');
    expect(formValueOf(field('JSON'), { a: 1 })).toBe('{\n  "a": 1\n}');
    expect(formValueOf(field('DECIMAL'), '12.50')).toBe('12.50');
  });

  it('lists the fields either side changed and marks the ones both changed differently', () => {
    const fields = [
      field('TEXT', { id: 'a', name: 'a' }),
      field('INTEGER', { id: 'b', name: 'b' }),
      field('TEXT', { id: 'c', name: 'c' }),
      field('TEXT', { id: 'd', name: 'd' }),
    ];
    const rows = conflictRows(
      fields,
      base({ a: 'x', b: 1, c: 'same', d: 'old' }),
      base({ a: 'y', b: 1, c: 'same', d: 'new' }),
      { b: new RawJson('2'), d: 'new' },
      ['b', 'd'],
    );
    expect(rows.map((row) => [row.field.name, row.mine, row.theirs, row.clash])).toEqual([
      ['a', 'x', 'y', false],
      ['b', '2', 1, false],
      ['d', 'new', 'new', false],
    ]);
  });
});

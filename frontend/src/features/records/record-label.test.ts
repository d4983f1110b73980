import { describe, expect, it } from 'vitest';
import type { EntityRecord } from './api';
import { labelField, labelMatches, recordLabel } from './record-label';
import { field } from './test-fields';

const record = (values: Record<string, unknown>): EntityRecord => ({
  id: '0b6f3c1e-1111-4222-8333-444455556666',
  version: 1,
  created_at: '2026-01-24T10:30:00Z',
  updated_at: '2026-01-24T10:30:00Z',
  created_by: 'a@b.c',
  updated_by: 'a@b.c',
  ...values,
});

describe('record labels', () => {
  it('name a record by its first required TEXT field, then its first TEXT field', () => {
    const fields = [
      field('INTEGER', { name: 'qty' }),
      field('TEXT', { id: 'f-code', name: 'code' }),
      field('EMAIL', { name: 'mail' }),
      field('TEXT', { id: 'f-title', name: 'title', required: true }),
    ];
    expect(labelField({ fields })?.name).toBe('title');
    expect(labelField({ fields: fields.slice(0, 3) })?.name).toBe('code');
    expect(recordLabel({ fields }, record({ title: 'Widget', code: 'W-1' }))).toBe('Widget');
  });

  it('fall back to the id without a TEXT field or value', () => {
    const plain = record({ qty: 3, mail: 'x@y.z' });
    expect(recordLabel({ fields: [field('INTEGER', { name: 'qty' })] }, plain)).toBe(plain.id);
    expect(recordLabel({ fields: [field('TEXT', { name: 'title' })] }, plain)).toBe(plain.id);
  });

  it('match a search ignoring case and accents', () => {
    expect(labelMatches('Camión rojo', 'camion', 'es')).toBe(true);
    expect(labelMatches('Widget', 'DGE', 'en')).toBe(true);
    expect(labelMatches('Widget', 'gadget', 'en')).toBe(false);
  });
});

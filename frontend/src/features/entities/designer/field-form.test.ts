import { describe, expect, it } from 'vitest';
import { field } from '@/features/records/test-fields';
import { fieldToForm, specChange } from './field-form';
import { toFieldSpec } from '../field-spec';

describe('field form', () => {
  const qty = field('INTEGER', {
    name: 'qty',
    displayName: 'Qty',
    min: 0,
    max: 10,
    defaultValue: 1,
  });

  it('fills the form from the field and sends nothing when nothing changed', () => {
    const form = fieldToForm(qty);
    expect(form).toMatchObject({
      name: 'qty',
      type: 'INTEGER',
      min: '0',
      max: '10',
      defaultValue: '1',
    });
    expect(specChange(qty, { ...toFieldSpec(form), defaultValue: 1 })).toEqual({});
  });

  it('sends only what changed, and null for a cleared rule', () => {
    const form = { ...fieldToForm(qty), name: 'quantity', max: '', required: true };
    expect(specChange(qty, { ...toFieldSpec(form), defaultValue: 1 })).toEqual({
      name: 'quantity',
      required: true,
      max: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { mapServerErrors } from './server-errors';

describe('mapServerErrors', () => {
  const names = ['title', 'qty', 'owner_email'];

  it('puts each error at the field it names', () => {
    const mapped = mapServerErrors(names, [
      { field: 'qty', code: 'max', message: 'must be at most 500' },
      { field: 'owner_email', code: 'invalid_email', message: 'not an email' },
    ]);
    expect(mapped.byField).toEqual({
      qty: { code: 'max', message: 'must be at most 500' },
      owner_email: { code: 'invalid_email', message: 'not an email' },
    });
    expect(mapped.general).toEqual([]);
  });

  it('understands nested paths and joins several problems of one field', () => {
    const mapped = mapServerErrors(names, [
      { field: 'values.title', code: 'max_length', message: 'too long' },
      { field: '/title', code: 'pattern', message: 'bad shape' },
    ]);
    expect(mapped.byField.title).toEqual({ code: 'max_length', message: 'too long; bad shape' });
  });

  it('keeps errors that name no form field for the form as a whole', () => {
    const unknown = { field: 'colour', code: 'unknown_field', message: 'no such field' };
    const global = { field: '', code: 'duplicate', message: 'already exists' };
    const mapped = mapServerErrors(names, [unknown, global]);
    expect(mapped.byField).toEqual({});
    expect(mapped.general).toEqual([unknown, global]);
  });
});

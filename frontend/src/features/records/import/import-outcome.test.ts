import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { contentTypeOf, importOutcome, percentOf } from './import-outcome';

describe('contentTypeOf', () => {
  it('sends .json files as JSON and everything else as CSV', () => {
    expect(contentTypeOf({ name: 'rows.json', type: '' })).toBe('application/json');
    expect(contentTypeOf({ name: 'rows', type: 'application/json' })).toBe('application/json');
    expect(contentTypeOf({ name: 'rows.csv', type: 'text/csv' })).toBe('text/csv');
    expect(contentTypeOf({ name: 'export.txt', type: 'text/plain' })).toBe('text/csv');
  });
});

describe('importOutcome', () => {
  const rowError = { row: 2, field: 'qty', code: 'type', message: 'not a number' };

  it('reports a 200, with the rows it kept and those it refused', () => {
    const result = { created: 9, failed: 1, errors: [rowError], position: 7 };
    expect(importOutcome(result, null)).toEqual({ kind: 'imported', result });
  });

  it('reads an all-or-nothing 422 as refused, counting each bad row once', () => {
    const error = new ApiError(422, {
      title: 'Validation failed',
      errors: [
        rowError,
        { ...rowError, field: 'name', code: 'required' },
        { ...rowError, row: 5 },
      ] as never,
    });
    expect(importOutcome(undefined, error)).toEqual({
      kind: 'refused',
      result: { created: 0, failed: 2, errors: expect.any(Array) },
    });
  });

  it('leaves any other failure (a 415, a 413, a 422 without rows) to the problem alert', () => {
    const unsupported = new ApiError(415, { title: 'Unsupported media type' });
    expect(importOutcome(undefined, unsupported)).toEqual({ kind: 'problem', error: unsupported });
    const noRows = new ApiError(422, { errors: [{ field: 'file', code: 'x', message: 'y' }] });
    expect(importOutcome(undefined, noRows).kind).toBe('problem');
  });
});

describe('percentOf', () => {
  it('rounds down and never passes 100', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(5, 4)).toBe(100);
    expect(percentOf(5, 0)).toBe(0);
  });
});

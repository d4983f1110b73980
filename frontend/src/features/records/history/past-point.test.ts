import { describe, expect, it } from 'vitest';
import { instantFromLocal, pointFromSearch } from './past-point';

describe('past point', () => {
  it('reads ?version= first, then ?asOf=, else now', () => {
    expect(pointFromSearch(new URLSearchParams('version=3&asOf=2026-01-01T00:00:00Z'))).toEqual({
      version: 3,
    });
    expect(pointFromSearch(new URLSearchParams('asOf=2026-01-01T10:00:00Z'))).toEqual({
      asOf: '2026-01-01T10:00:00.000Z',
    });
    expect(pointFromSearch(new URLSearchParams('version=0'))).toBeNull();
    expect(pointFromSearch(new URLSearchParams('asOf=soon'))).toBeNull();
  });

  it('turns a datetime-local value into an instant', () => {
    expect(instantFromLocal('')).toBeNull();
    expect(instantFromLocal('2026-01-01T10:00')).toBe(new Date('2026-01-01T10:00').toISOString());
  });
});

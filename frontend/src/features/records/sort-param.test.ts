import { describe, expect, it } from 'vitest';
import { toSortParam } from './sort-param';

describe('toSortParam', () => {
  it('writes the sort as API.md asks: comma list, minus for descending', () => {
    expect(toSortParam([])).toBe('');
    expect(
      toSortParam([
        { id: 'price', desc: true },
        { id: 'name', desc: false },
      ]),
    ).toBe('-price,name');
  });
});

import { describe, expect, it } from 'vitest';
import type { FilterableField } from './filter-fields';
import {
  emptyView,
  listQuery,
  viewFromSearch,
  viewQuery,
  viewToSearch,
  type ListView,
} from './list-view';

const FIELDS: FilterableField[] = [
  { name: 'name', label: 'Name', type: 'TEXT' },
  { name: 'price', label: 'Price', type: 'DECIMAL' },
  { name: 'qty', label: 'Qty', type: 'INTEGER' },
  { name: 'tag', label: 'Tag', type: 'ENUM', options: ['a', 'b'] },
  { name: 'attributes', label: 'Attributes', type: 'JSON' },
  { name: 'created_at', label: 'Created', type: 'DATETIME' },
];

const view = (changes: Partial<ListView>): ListView => ({ ...emptyView(), ...changes });

describe('listQuery', () => {
  it('writes filters, sort, search and page size as API.md does', () => {
    const query = listQuery(
      view({
        sort: [
          { id: 'price', desc: true },
          { id: 'name', desc: false },
        ],
        filters: [
          { field: 'qty', op: 'gt', values: ['500'] },
          { field: 'name', op: 'contains', values: [' pen '] },
        ],
        q: ' blue ',
        limit: 100,
      }),
    );
    expect(query).toEqual({
      'filter[qty][gt]': '500',
      'filter[name][contains]': 'pen',
      sort: '-price,name',
      q: 'blue',
      limit: '100',
    });
  });

  it('sends `in` as a comma list, and repeats the parameter when a value holds a comma', () => {
    expect(
      listQuery(view({ filters: [{ field: 'tag', op: 'in', values: ['a', 'b'] }] })),
    ).toMatchObject({ 'filter[tag][in]': 'a,b' });
    expect(
      listQuery(view({ filters: [{ field: 'name', op: 'in', values: ['Smith, J', 'Doe'] }] })),
    ).toMatchObject({ 'filter[name][in]': ['Smith, J', 'Doe'] });
  });

  it('leaves out conditions without a value, an empty search and an empty sort', () => {
    const query = listQuery(
      view({ filters: [{ field: 'qty', op: 'eq', values: [' '] }], q: '  ', limit: 25 }),
    );
    expect(query).toEqual({ limit: '25' });
  });

  it('sends isNull with its true or false', () => {
    expect(
      viewQuery(view({ filters: [{ field: 'price', op: 'isNull', values: ['false'] }] })),
    ).toEqual({ 'filter[price][isNull]': 'false' });
  });
});

describe('the view in the address', () => {
  it('survives a reload: what is written is read back the same', () => {
    const shown = view({
      sort: [
        { id: 'qty', desc: true },
        { id: 'created_at', desc: false },
      ],
      filters: [
        { field: 'price', op: 'gte', values: ['9.99'] },
        { field: 'name', op: 'in', values: ['Smith, J', 'Doe'] },
        { field: 'tag', op: 'in', values: ['a', 'b'] },
      ],
      q: 'red',
      limit: 100,
    });
    const search = viewToSearch(shown);
    expect(viewFromSearch(new URLSearchParams(search.toString()), FIELDS)).toEqual(shown);
  });

  it('keeps the default page size out of the address', () => {
    expect(viewToSearch(view({ q: 'x' })).toString()).toBe('q=x');
  });

  it('reads `filter[f]=v` as eq, like the API', () => {
    const read = viewFromSearch(new URLSearchParams('filter[qty]=3'), FIELDS);
    expect(read.filters).toEqual([{ field: 'qty', op: 'eq', values: ['3'] }]);
  });

  it('drops what no longer fits the entity, so an old link never asks for a 400', () => {
    const read = viewFromSearch(
      new URLSearchParams(
        'filter[gone][eq]=1&filter[qty][contains]=4&filter[name][nope]=x&sort=-gone,attributes,qty,qty&limit=5000',
      ),
      FIELDS,
    );
    expect(read.filters).toEqual([]);
    expect(read.sort).toEqual([{ id: 'qty', desc: false }]);
    expect(read.limit).toBe(1000);
  });

  it('falls back to the default page size for a limit that is not a positive whole number', () => {
    for (const limit of ['0', '-3', 'abc', '2.5']) {
      expect(viewFromSearch(new URLSearchParams({ limit }), FIELDS).limit).toBe(25);
    }
  });
});

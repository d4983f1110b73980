import { MAX_PAGE_SIZE, type ListQuery } from '../api';
import type { ColumnSort } from '../sort-param';
import { toSortParam } from '../sort-param';
import type { FilterableField } from './filter-fields';
import { fits, type Operator } from './filter-operators';

/** One row of the filter builder: `filter[field][op]=value`. `in` holds several values. */
export interface Condition {
  field: string;
  op: Operator;
  values: string[];
}

/** What the grid shows: the same in the app's address and in the list request. */
export interface ListView {
  sort: ColumnSort[];
  filters: Condition[];
  q: string;
  limit: number;
}

export const DEFAULT_LIMIT = 25;

export const emptyView = (limit = DEFAULT_LIMIT): ListView => ({
  sort: [],
  filters: [],
  q: '',
  limit,
});

const FILTER_KEY = /^filter\[([^\]]+)\](?:\[([A-Za-z]+)\])?$/;

/** A condition the server can answer: it has a value (or is `isNull`). */
export function isComplete(condition: Condition): boolean {
  return condition.values.some((value) => value.trim() !== '');
}

function filterParams(filters: Condition[]): ListQuery {
  const params: ListQuery = {};
  for (const condition of filters.filter(isComplete)) {
    const key = `filter[${condition.field}][${condition.op}]`;
    const values = condition.values.map((value) => value.trim()).filter(Boolean);
    // API.md: `in` is a comma list; a value that holds a comma needs the parameter repeated.
    const repeat = condition.op === 'in' && values.some((value) => value.includes(','));
    params[key] = condition.op !== 'in' ? values[0]! : repeat ? values : values.join(',');
  }
  return params;
}

/** The list query of a view, as API.md writes it; `export` takes it without `limit`. */
export function viewQuery(view: ListView): ListQuery {
  const query: ListQuery = filterParams(view.filters);
  if (view.sort.length > 0) query.sort = toSortParam(view.sort);
  if (view.q.trim()) query.q = view.q.trim();
  return query;
}

export function listQuery(view: ListView): ListQuery {
  return { ...viewQuery(view), limit: String(view.limit) };
}

/** The view in the app's address: the API's own parameters, the default page size left out. */
export function viewToSearch(view: ListView): URLSearchParams {
  const search = new URLSearchParams();
  const query = view.limit === DEFAULT_LIMIT ? viewQuery(view) : listQuery(view);
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, one);
  }
  return search;
}

function parseLimit(text: string | null): number {
  const asked = Number(text);
  return Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_PAGE_SIZE) : DEFAULT_LIMIT;
}

function parseSort(text: string | null, fields: FilterableField[]): ColumnSort[] {
  const sortable = new Set(fields.filter((f) => f.type !== 'JSON').map((f) => f.name));
  const seen = new Set<string>();
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .map((part) => ({ id: part.replace(/^-/, ''), desc: part.startsWith('-') }))
    .filter((sort) => sortable.has(sort.id) && !seen.has(sort.id) && seen.add(sort.id));
}

function parseFilters(search: URLSearchParams, fields: FilterableField[]): Condition[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const filters: Condition[] = [];
  for (const key of new Set(search.keys())) {
    const match = FILTER_KEY.exec(key);
    const field = match && byName.get(match[1]!);
    const op = match?.[2] ?? 'eq';
    if (!field || !fits(field.type, op)) continue;
    const given = search.getAll(key);
    const values =
      op !== 'in' ? given.slice(0, 1) : given.length === 1 ? given[0]!.split(',') : given;
    filters.push({ field: field.name, op, values });
  }
  return filters;
}

/**
 * The view an address names, read against the entity's fields: a field that is gone or an
 * operator that does not fit its type is dropped, so an old link never asks for a 400.
 */
export function viewFromSearch(search: URLSearchParams, fields: FilterableField[]): ListView {
  return {
    sort: parseSort(search.get('sort'), fields),
    filters: parseFilters(search, fields),
    q: search.get('q') ?? '',
    limit: parseLimit(search.get('limit')),
  };
}

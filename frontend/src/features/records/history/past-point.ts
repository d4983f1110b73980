import type { RecordPoint } from '../api';

const VERSION = /^[1-9]\d{0,17}$/;

/** The past state a record page shows, from its `?version=` or `?asOf=` (null: now). */
export function pointFromSearch(search: URLSearchParams): RecordPoint | null {
  const version = search.get('version');
  if (version && VERSION.test(version)) return { version: Number(version) };
  const asOf = search.get('asOf');
  if (asOf && !Number.isNaN(new Date(asOf).getTime()))
    return { asOf: new Date(asOf).toISOString() };
  return null;
}

/** A datetime-local value (the user's zone) as an ISO instant, or null when incomplete. */
export function instantFromLocal(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

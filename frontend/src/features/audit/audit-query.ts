import type { AuditQuery } from './api';

/** What the filter form holds: plain strings, as the inputs give them. */
export interface AuditFilterValues {
  entity: string;
  user: string;
  type: string;
  /** `datetime-local` values, in the browser's time zone. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = { entity: '', user: '', type: '', from: '', to: '' };

/** A `datetime-local` value (local time, no zone) as the instant it names, in ISO-8601 UTC. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** The query the API takes for these filters; empty ones are left out. */
export function auditQuery(values: AuditFilterValues): AuditQuery {
  return {
    entity: values.entity.trim() || undefined,
    user: values.user.trim() || undefined,
    type: values.type || undefined,
    from: localToIso(values.from),
    to: localToIso(values.to),
  };
}

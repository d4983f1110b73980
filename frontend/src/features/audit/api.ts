import { apiDownload, apiRequest, type QueryValue } from '@/lib/api-client';

/** The stored event types the platform writes today; the filter offers these. */
export const EVENT_TYPES = [
  'EntityDefined',
  'FieldAdded',
  'RecordCreated',
  'RecordUpdated',
  'RecordDeleted',
  'RecordRestored',
  'UserRegistered',
  'UserRoleChanged',
  'UserDisabled',
  'UserEnabled',
  'UserPasswordChanged',
] as const;

export interface AuditRow {
  position: number;
  timestamp: string;
  eventType: string;
  aggregateType: string | null;
  aggregateId: string | null;
  entityId: string | null;
  user: { id: string | null; email: string | null };
  role: string | null;
  clientAddress: string | null;
  requestId: string | null;
  summary: string;
  payload: unknown;
}

export interface AuditPage {
  data: AuditRow[];
  page: { limit: number; next: string | null };
}

/** The filters as the API takes them (see audit-query.ts for the form's side). */
export type AuditQuery = Record<string, QueryValue>;

export const PAGE_SIZE = 50;

export function listAudit(query: AuditQuery, cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest<AuditPage>('/audit', {
    query: { ...query, limit: PAGE_SIZE, cursor },
    signal,
  });
}

export type ExportFormat = 'csv' | 'jsonl';

export function exportAudit(format: ExportFormat, query: AuditQuery) {
  return apiDownload('/audit/export', { ...query, format });
}

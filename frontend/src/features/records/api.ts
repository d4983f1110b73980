import { apiRequest } from '@/lib/api-client';

export const SYSTEM_FIELDS = [
  'id',
  'version',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
] as const;

export interface EntityRecord {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
  deleted?: boolean;
  [field: string]: unknown;
}

export interface RecordPage {
  data: EntityRecord[];
  page: { limit: number; next: string | null };
}

export interface ListRecordsParams {
  limit?: number;
  cursor?: string | null;
  /** API.md's `sort`: a comma list of field names, `-` for descending. */
  sort?: string;
}

/** The server refuses a larger page (API.md: limit above 1000 is 400). */
export const MAX_PAGE_SIZE = 1000;

const recordsPath = (entity: string) => `/entities/${encodeURIComponent(entity)}/records`;

export function listRecords(entity: string, params: ListRecordsParams, signal?: AbortSignal) {
  return apiRequest<RecordPage>(recordsPath(entity), {
    query: { limit: params.limit, cursor: params.cursor, sort: params.sort },
    signal,
  });
}

/** `body` is serialised by serializeRecord so exact numbers survive. */
export function createRecord(entity: string, body: string) {
  return apiRequest<EntityRecord & { position: number }>(recordsPath(entity), {
    method: 'POST',
    body,
  });
}

export function deleteRecord(entity: string, id: string) {
  return apiRequest<void>(`${recordsPath(entity)}/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  });
}

const recordPath = (entity: string, id: string) =>
  `${recordsPath(entity)}/${encodeURIComponent(id)}`;

/** Which past state of a record to read: a version number or an instant (ISO-8601). */
export type RecordPoint = { version: number } | { asOf: string };

/** A record; `includeDeleted` also answers a deleted one (then `deleted: true`). */
export function getRecordAt(
  entity: string,
  id: string,
  options: { point?: RecordPoint; includeDeleted?: boolean },
  signal?: AbortSignal,
) {
  const point = options.point;
  return apiRequest<EntityRecord>(recordPath(entity, id), {
    query: {
      version: point && 'version' in point ? point.version : undefined,
      asOf: point && 'asOf' in point ? point.asOf : undefined,
      includeDeleted: options.includeDeleted || undefined,
    },
    signal,
  });
}

/** A partial update based on `version`: a stale version answers 412. */
export function updateRecord(entity: string, id: string, body: string, version: number) {
  return apiRequest<EntityRecord & { position: number }>(recordPath(entity, id), {
    method: 'PATCH',
    body,
    ifMatch: version,
  });
}

export function restoreRecord(entity: string, id: string) {
  return apiRequest<EntityRecord & { position?: number }>(`${recordPath(entity, id)}/restore`, {
    method: 'POST',
  });
}

export type RecordEventType =
  'RecordCreated' | 'RecordUpdated' | 'RecordDeleted' | 'RecordRestored';

export interface HistoryEntry {
  version: number;
  eventType: RecordEventType | string;
  user: { id: string; email: string };
  timestamp: string;
  requestId?: string;
  changes?: Record<string, { from: unknown; to: unknown }>;
}

export function getRecordHistory(entity: string, id: string, signal?: AbortSignal) {
  return apiRequest<{ data: HistoryEntry[] }>(`${recordPath(entity, id)}/history`, { signal });
}

import { apiDownload, apiRequest, apiUpload, type QueryParams } from '@/lib/api-client';

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

/** API.md's list query (`filter[f][op]`, `sort`, `q`, `limit`), as list-view.ts writes it. */
export type ListQuery = Record<string, string | string[]>;

/** The server refuses a larger page (API.md: limit above 1000 is 400). */
export const MAX_PAGE_SIZE = 1000;

const recordsPath = (entity: string) => `/entities/${encodeURIComponent(entity)}/records`;

/** A keyset page: the same query again with `cursor` set to the last page's `page.next`. */
export function listRecords(
  entity: string,
  query: ListQuery,
  cursor: string | null,
  signal?: AbortSignal,
) {
  const params: QueryParams = { ...query, cursor };
  return apiRequest<RecordPage>(recordsPath(entity), { query: params, signal });
}

export type ExportFormat = 'csv' | 'jsonl';

/** Every record the query matches (its filters, search and sort), as a file. */
export function exportRecords(entity: string, format: ExportFormat, query: ListQuery) {
  return apiDownload(`${recordsPath(entity)}/export`, { ...query, format });
}

/** One refused row of an import: rows count from 1, the first data row. */
export interface ImportRowError {
  row: number;
  field?: string;
  code: string;
  message: string;
}

export interface ImportResult {
  created: number;
  failed: number;
  errors: ImportRowError[];
  position?: number;
}

export interface ImportOptions {
  contentType: 'text/csv' | 'application/json';
  /** All or nothing (the default): one bad row refuses the whole file with 422. */
  atomic: boolean;
  onProgress?: (sent: number, total: number) => void;
}

export function importRecords(entity: string, file: Blob, options: ImportOptions) {
  return apiUpload<ImportResult>(`${recordsPath(entity)}/import`, file, {
    contentType: options.contentType,
    query: { atomic: String(options.atomic) },
    onProgress: options.onProgress,
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

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

export function getRecord(entity: string, id: string, signal?: AbortSignal) {
  return apiRequest<EntityRecord>(`${recordsPath(entity)}/${encodeURIComponent(id)}`, { signal });
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

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
  q?: string;
}

const recordsPath = (entity: string) => `/entities/${encodeURIComponent(entity)}/records`;

export function listRecords(entity: string, params: ListRecordsParams, signal?: AbortSignal) {
  return apiRequest<RecordPage>(recordsPath(entity), {
    query: { limit: params.limit, cursor: params.cursor, q: params.q },
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

import { apiRequest } from '@/lib/api-client';

/** The read models the query-service keeps today; an unknown one is shown by its own name. */
export const PROJECTION_NAMES = [
  'entity-tables',
  'schema-versions',
  'record-history',
  'audit',
] as const;

export const PROJECTION_STATUSES = ['running', 'replaying', 'stopped', 'error'] as const;

export type ProjectionStatus = (typeof PROJECTION_STATUSES)[number];

export interface Projection {
  name: string;
  /** The last event position this projection has applied. */
  position: number;
  /** How many events of the store it has not applied yet. */
  lag: number;
  status: ProjectionStatus;
}

export interface ReplayResponse {
  name: string;
  status: 'replaying';
}

export function listProjections(signal?: AbortSignal) {
  return apiRequest<{ data: Projection[] }>('/admin/projections', { signal });
}

export function replayProjection(name: string) {
  return apiRequest<ReplayResponse>(`/admin/projections/${encodeURIComponent(name)}/replay`, {
    method: 'POST',
  });
}

import { apiRequest } from '@/lib/api-client';

export const FIELD_TYPES = [
  'TEXT',
  'LONG_TEXT',
  'INTEGER',
  'DECIMAL',
  'BOOLEAN',
  'DATE',
  'DATETIME',
  'EMAIL',
  'URL',
  'ENUM',
  'REFERENCE',
  'JSON',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

/** Numbers may arrive as JSON numbers or exact strings; both are accepted. */
type Bound = number | string;

export interface Field {
  id: string;
  name: string;
  type: FieldType;
  displayName?: string;
  required?: boolean;
  unique?: boolean;
  defaultValue?: unknown;
  min?: Bound;
  max?: Bound;
  maxLength?: number;
  pattern?: string;
  options?: string[];
  reference?: string;
  precision?: number;
  scale?: number;
}

export interface EntitySummary {
  id: string;
  name: string;
  displayName?: string | null;
  description?: string | null;
  tableName: string;
  schemaVersion: number;
  archived?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

export interface EntityDetail extends EntitySummary {
  fields: Field[];
}

export interface CreateEntityRequest {
  name: string;
  displayName?: string;
  description?: string;
}

export interface CreateEntityResponse {
  id: string;
  name: string;
  tableName: string;
  schemaVersion: number;
  position: number;
}

export type FieldSpec = Omit<Field, 'id'>;

export interface AddFieldResponse {
  fieldId: string;
  schemaVersion: number;
  position: number;
}

export function listEntities(signal?: AbortSignal) {
  return apiRequest<{ data: EntitySummary[] }>('/entities', { signal });
}

export function getEntity(entity: string, signal?: AbortSignal) {
  return apiRequest<EntityDetail>(`/entities/${encodeURIComponent(entity)}`, { signal });
}

export function createEntity(request: CreateEntityRequest) {
  return apiRequest<CreateEntityResponse>('/entities', { method: 'POST', json: request });
}

export function addField(entity: string, spec: FieldSpec) {
  return apiRequest<AddFieldResponse>(`/entities/${encodeURIComponent(entity)}/fields`, {
    method: 'POST',
    json: spec,
  });
}

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
  /** Only with `?includeRemoved=true`: the field was removed and can be restored. */
  removed?: boolean;
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

/** `archived` also lists archived entities (they are hidden by default). */
const entityPath = (entity: string) => `/entities/${encodeURIComponent(entity)}`;

export function listEntities(signal?: AbortSignal, archived = false) {
  return apiRequest<{ data: EntitySummary[] }>('/entities', {
    query: { archived: archived || undefined },
    signal,
  });
}

/** `includeRemoved` also lists removed fields, marked `removed: true`. */
export function getEntity(entity: string, signal?: AbortSignal, includeRemoved = false) {
  return apiRequest<EntityDetail>(entityPath(entity), {
    query: { includeRemoved: includeRemoved || undefined },
    signal,
  });
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

/** What a schema change answers: the new version and the position of its event. */
export interface SchemaChange {
  schemaVersion: number;
  position: number;
}

export interface EntityChange {
  name?: string;
  displayName?: string | null;
  description?: string | null;
}

/**
 * Every schema write is based on the `schemaVersion` the admin saw; a stale one answers 412.
 */
export function updateEntity(entity: string, change: EntityChange, schemaVersion: number) {
  return apiRequest<EntityDetail & SchemaChange>(entityPath(entity), {
    method: 'PATCH',
    json: change,
    ifMatch: schemaVersion,
  });
}

export function archiveEntity(entity: string, schemaVersion: number) {
  return apiRequest<SchemaChange>(entityPath(entity), { method: 'DELETE', ifMatch: schemaVersion });
}

export function restoreEntity(entity: string, schemaVersion: number) {
  return apiRequest<SchemaChange>(`${entityPath(entity)}/restore`, {
    method: 'POST',
    ifMatch: schemaVersion,
  });
}

const fieldPath = (entity: string, field: string) =>
  `${entityPath(entity)}/fields/${encodeURIComponent(field)}`;

/** A partial spec; a rule set to null is dropped. The type cannot change (422). */
export type FieldChange = { [K in keyof FieldSpec]?: FieldSpec[K] | null };

export function updateField(
  entity: string,
  field: string,
  change: FieldChange,
  schemaVersion: number,
) {
  return apiRequest<SchemaChange>(fieldPath(entity, field), {
    method: 'PATCH',
    json: change,
    ifMatch: schemaVersion,
  });
}

export function removeField(entity: string, field: string, schemaVersion: number) {
  return apiRequest<SchemaChange>(fieldPath(entity, field), {
    method: 'DELETE',
    ifMatch: schemaVersion,
  });
}

export function restoreField(entity: string, field: string, schemaVersion: number) {
  return apiRequest<SchemaChange>(`${fieldPath(entity, field)}/restore`, {
    method: 'POST',
    ifMatch: schemaVersion,
  });
}

/** The entity exactly as it was at a schema version (same shape as getEntity). */
export function getSchemaAt(entity: string, version: number, signal?: AbortSignal) {
  return apiRequest<EntityDetail>(`${entityPath(entity)}/schema`, { query: { version }, signal });
}

export interface SchemaVersion {
  version: number;
  change: string;
  eventType: string;
  user: { id: string; email: string };
  timestamp: string;
}

export function listSchemaVersions(entity: string, signal?: AbortSignal) {
  return apiRequest<{ data: SchemaVersion[] }>(`${entityPath(entity)}/schema/versions`, { signal });
}

export type RollbackOp =
  'removeField' | 'restoreField' | 'renameField' | 'changeField' | 'renameEntity';

export interface RollbackOperation {
  op: RollbackOp;
  field?: string;
  from?: unknown;
  to?: unknown;
}

export function rollbackSchema(entity: string, toVersion: number, schemaVersion: number) {
  return apiRequest<SchemaChange & { operations: RollbackOperation[] }>(
    `${entityPath(entity)}/rollback`,
    { method: 'POST', json: { toVersion }, ifMatch: schemaVersion },
  );
}

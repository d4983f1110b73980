import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addField,
  archiveEntity,
  createEntity,
  getEntity,
  getSchemaAt,
  listEntities,
  listSchemaVersions,
  removeField,
  restoreEntity,
  restoreField,
  rollbackSchema,
  updateEntity,
  updateField,
  type CreateEntityRequest,
  type EntityChange,
  type FieldChange,
  type FieldSpec,
} from './api';

export const entityKeys = {
  all: ['entities'] as const,
  list: (archived = false) => [...entityKeys.all, 'list', { archived }] as const,
  detail: (entity: string) => [...entityKeys.all, 'detail', entity] as const,
  withRemoved: (entity: string) => [...entityKeys.detail(entity), 'withRemoved'] as const,
  versions: (entity: string) => [...entityKeys.detail(entity), 'versions'] as const,
  schemaAt: (entity: string, version: number) =>
    [...entityKeys.detail(entity), 'schema', version] as const,
};

export function useEntities(archived = false) {
  return useQuery({
    queryKey: entityKeys.list(archived),
    queryFn: ({ signal }) => listEntities(signal, archived).then((page) => page.data),
  });
}

export function useEntity(entity: string | undefined) {
  return useQuery({
    queryKey: entityKeys.detail(entity ?? ''),
    queryFn: ({ signal }) => getEntity(entity ?? '', signal),
    enabled: Boolean(entity),
  });
}

/** The entity with its removed fields too (`removed: true`), for the designer. */
export function useEntityWithRemoved(entity: string, enabled = true) {
  return useQuery({
    queryKey: entityKeys.withRemoved(entity),
    queryFn: ({ signal }) => getEntity(entity, signal, true),
    enabled,
  });
}

export function useSchemaVersions(entity: string) {
  return useQuery({
    queryKey: entityKeys.versions(entity),
    queryFn: ({ signal }) => listSchemaVersions(entity, signal).then((page) => page.data),
  });
}

/** A past schema document; versions never change, so it is cached for good. */
export function useSchemaAt(entity: string, version: number | undefined) {
  return useQuery({
    queryKey: entityKeys.schemaAt(entity, version ?? 0),
    queryFn: ({ signal }) => getSchemaAt(entity, version ?? 0, signal),
    enabled: version !== undefined && version > 0,
    staleTime: Infinity,
  });
}

export function useCreateEntity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateEntityRequest) => createEntity(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: entityKeys.all }),
  });
}

export function useAddField(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (spec: FieldSpec) => addField(entity, spec),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: entityKeys.all }),
  });
}

/** One designer action: any schema write, based on the schemaVersion the admin saw. */
export type SchemaCommand =
  | { kind: 'updateEntity'; change: EntityChange }
  | { kind: 'archiveEntity' }
  | { kind: 'restoreEntity' }
  | { kind: 'updateField'; field: string; change: FieldChange }
  | { kind: 'removeField'; field: string }
  | { kind: 'restoreField'; field: string }
  | { kind: 'rollback'; toVersion: number };

function run(entity: string, command: SchemaCommand, version: number) {
  switch (command.kind) {
    case 'updateEntity':
      return updateEntity(entity, command.change, version);
    case 'archiveEntity':
      return archiveEntity(entity, version);
    case 'restoreEntity':
      return restoreEntity(entity, version);
    case 'updateField':
      return updateField(entity, command.field, command.change, version);
    case 'removeField':
      return removeField(entity, command.field, version);
    case 'restoreField':
      return restoreField(entity, command.field, version);
    case 'rollback':
      return rollbackSchema(entity, command.toVersion, version);
  }
}

/**
 * Sends designer commands with If-Match of `schemaVersion`. Whatever the outcome, the
 * schema is read again: after a success it changed, after a 412 someone else changed it.
 */
export function useSchemaCommand(entity: string, schemaVersion: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: SchemaCommand) => run(entity, command, schemaVersion),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: entityKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['records'] }),
      ]),
  });
}

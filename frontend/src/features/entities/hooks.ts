import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addField,
  createEntity,
  getEntity,
  listEntities,
  type CreateEntityRequest,
  type FieldSpec,
} from './api';

export const entityKeys = {
  all: ['entities'] as const,
  list: () => [...entityKeys.all, 'list'] as const,
  detail: (entity: string) => [...entityKeys.all, 'detail', entity] as const,
};

export function useEntities() {
  return useQuery({
    queryKey: entityKeys.list(),
    queryFn: ({ signal }) => listEntities(signal).then((page) => page.data),
  });
}

export function useEntity(entity: string | undefined) {
  return useQuery({
    queryKey: entityKeys.detail(entity ?? ''),
    queryFn: ({ signal }) => getEntity(entity ?? '', signal),
    enabled: Boolean(entity),
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

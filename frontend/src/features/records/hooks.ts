import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createRecord, listRecords } from './api';

export const PAGE_SIZE = 25;

export const recordKeys = {
  all: (entity: string) => ['records', entity] as const,
  pages: (entity: string) => [...recordKeys.all(entity), 'pages'] as const,
  search: (entity: string, q: string) => [...recordKeys.all(entity), 'search', q] as const,
};

/** Keyset pages of an entity's records; fetchNextPage follows `page.next`. */
export function useRecordPages(entity: string) {
  return useInfiniteQuery({
    queryKey: recordKeys.pages(entity),
    queryFn: ({ pageParam, signal }) =>
      listRecords(entity, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.next ?? undefined,
  });
}

/** Candidates for a reference picker. */
export function useRecordSearch(entity: string | undefined, q: string) {
  return useQuery({
    queryKey: recordKeys.search(entity ?? '', q),
    queryFn: ({ signal }) => listRecords(entity ?? '', { limit: 100, q }, signal),
    enabled: Boolean(entity),
  });
}

export function useCreateRecord(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => createRecord(entity, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['records'] }),
  });
}

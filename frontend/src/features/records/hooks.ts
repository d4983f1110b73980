import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
} from '@tanstack/react-query';
import { getEntity } from '@/features/entities/api';
import {
  createRecord,
  deleteRecord,
  getRecordAt,
  getRecordHistory,
  importRecords,
  listRecords,
  MAX_PAGE_SIZE,
  restoreRecord,
  updateRecord,
  type EntityRecord,
  type ImportOptions,
  type ListQuery,
  type RecordPage,
  type RecordPoint,
} from './api';
import { recordLabel } from './record-label';

/** How many records a label index reads at most (keyset pages of MAX_PAGE_SIZE). */
export const INDEX_LIMIT = 10_000;

export const recordKeys = {
  all: (entity: string) => ['records', entity] as const,
  pages: (entity: string, query: ListQuery) => [...recordKeys.all(entity), 'pages', query] as const,
  index: (entity: string) => [...recordKeys.all(entity), 'index'] as const,
  detail: (entity: string, id: string) => [...recordKeys.all(entity), 'detail', id] as const,
  past: (entity: string, id: string, point: RecordPoint) =>
    [...recordKeys.detail(entity, id), 'past', point] as const,
  history: (entity: string, id: string) => [...recordKeys.detail(entity, id), 'history'] as const,
};

/**
 * Keyset pages of the records a query matches; fetchNextPage follows `page.next`. While a new
 * query loads, the last one's rows stay on screen (isPlaceholderData) instead of a skeleton.
 */
export function useRecordPages(entity: string, query: ListQuery) {
  return useInfiniteQuery({
    queryKey: recordKeys.pages(entity, query),
    queryFn: ({ pageParam, signal }) => listRecords(entity, query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.next ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export interface LabelledRecord {
  id: string;
  label: string;
}

export interface RecordIndex {
  records: LabelledRecord[];
  labels: Map<string, string>;
  /** True when the entity holds more than INDEX_LIMIT records and the rest were not read. */
  truncated: boolean;
}

/**
 * Every record of an entity with its label, read in keyset pages. Pickers search these
 * labels in the browser: the list's `q` matches any text field, not the label.
 */
async function readIndex(entity: string, signal?: AbortSignal): Promise<RecordIndex> {
  const detail = await getEntity(entity, signal);
  const records: EntityRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await listRecords(entity, { limit: String(MAX_PAGE_SIZE) }, cursor, signal);
    records.push(...page.data);
    cursor = page.page.next;
  } while (cursor && records.length < INDEX_LIMIT);
  const labelled = records.map((record) => ({ id: record.id, label: recordLabel(detail, record) }));
  return {
    records: labelled,
    labels: new Map(labelled.map((record) => [record.id, record.label])),
    truncated: Boolean(cursor),
  };
}

/** The query of an entity's label index, shared by pickers and grid reference cells. */
export function recordIndexQuery(entity: string | undefined) {
  return {
    queryKey: recordKeys.index(entity ?? ''),
    queryFn: ({ signal }: { signal?: AbortSignal }) => readIndex(entity ?? '', signal),
    enabled: Boolean(entity),
    structuralSharing: false,
    staleTime: 30_000,
  };
}

export function useRecordIndex(entity: string | undefined) {
  return useQuery(recordIndexQuery(entity));
}

/** The record as it is now; a deleted one is answered too (`deleted: true`) so it can be restored. */
export function useRecord(entity: string, id: string) {
  return useQuery({
    queryKey: recordKeys.detail(entity, id),
    queryFn: ({ signal }) => getRecordAt(entity, id, { includeDeleted: true }, signal),
  });
}

/** The record as it was at a version or an instant; null `point` reads nothing. */
export function usePastRecord(entity: string, id: string, point: RecordPoint | null) {
  return useQuery({
    queryKey: recordKeys.past(entity, id, point ?? { version: 0 }),
    queryFn: ({ signal }) =>
      getRecordAt(entity, id, { point: point ?? undefined, includeDeleted: true }, signal),
    enabled: point !== null,
    retry: false,
  });
}

export function useRecordHistory(entity: string, id: string) {
  return useQuery({
    queryKey: recordKeys.history(entity, id),
    queryFn: ({ signal }) => getRecordHistory(entity, id, signal).then((page) => page.data),
  });
}

export interface RecordUpdate {
  body: string;
  version: number;
}

export function useUpdateRecord(entity: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: RecordUpdate) => updateRecord(entity, id, body, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['records'] }),
  });
}

export function useRestoreRecord(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => restoreRecord(entity, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['records'] }),
  });
}

export function useCreateRecord(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => createRecord(entity, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['records'] }),
  });
}

/** Pages already in the cache without the record `id`, so no grid shows it while it refetches. */
function withoutRecord(data: InfiniteData<RecordPage> | undefined, id: string) {
  return (
    data && {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        data: page.data.filter((record) => record.id !== id),
      })),
    }
  );
}

export function useDeleteRecord(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteRecord(entity, id),
    onSuccess: (_, id) => {
      queryClient.setQueriesData<InfiniteData<RecordPage>>(
        { queryKey: [...recordKeys.all(entity), 'pages'] },
        (data) => withoutRecord(data, id),
      );
      return queryClient.invalidateQueries({ queryKey: ['records'] });
    },
  });
}

export interface ImportRequest {
  file: Blob;
  options: ImportOptions;
}

/** An import; every list of the entity is read again after it (its rows may be anywhere). */
export function useImportRecords(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, options }: ImportRequest) => importRecords(entity, file, options),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordKeys.all(entity) }),
  });
}

import { useInfiniteQuery } from '@tanstack/react-query';
import { listAudit, type AuditQuery } from './api';

export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, 'list', query] as const,
};

/** The audit trail for these filters, newest first, one keyset page after another. */
export function useAuditTrail(query: AuditQuery) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ pageParam, signal }) => listAudit(query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next ?? undefined,
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listProjections, replayProjection, type Projection } from './api';

export const projectionKeys = {
  all: ['projections'] as const,
};

const REPLAY_POLL_MS = 2000;

/** The projections; polled every 2 s while any of them is being rebuilt. */
export function useProjections() {
  return useQuery({
    queryKey: projectionKeys.all,
    queryFn: ({ signal }) => listProjections(signal).then((page) => page.data),
    refetchInterval: (query) =>
      query.state.data?.some((projection) => projection.status === 'replaying')
        ? REPLAY_POLL_MS
        : false,
  });
}

function markReplaying(projections: Projection[] | undefined, name: string) {
  return projections?.map((projection) =>
    projection.name === name ? { ...projection, status: 'replaying' as const } : projection,
  );
}

/** Starts a rebuild; the row says `replaying` at once, which also starts the polling. */
export function useReplayProjection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => replayProjection(name),
    onSuccess: (_, name) => {
      queryClient.setQueryData<Projection[]>(projectionKeys.all, (current) =>
        markReplaying(current, name),
      );
      return queryClient.invalidateQueries({ queryKey: projectionKeys.all });
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '@/lib/api-client';
import { isRole } from '@/lib/permissions';
import { getSession, setSession, type Role } from '@/lib/session';
import { useSession } from '@/lib/use-session';

interface Me {
  id: string;
  email: string;
  role: Role;
}

const RECHECK_MS = 60_000;

/**
 * The role the token was issued with can change while the user works (an admin changes it, and the
 * services honour the change within seconds): the app asks who the user is now, on start, every
 * minute and when the tab regains focus, so it offers what the server will accept. A disabled
 * user's check answers 401, which signs them out.
 */
export function useCurrentRole(): void {
  const signedIn = useSession() !== null;
  const me = useQuery({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) => apiRequest<Me>('/auth/me', { signal }),
    enabled: signedIn,
    staleTime: 0,
    refetchInterval: RECHECK_MS,
    refetchOnWindowFocus: true,
  });
  const role = me.data?.role;
  useEffect(() => {
    const session = getSession();
    if (session && isRole(role) && role !== session.role) {
      setSession({ ...session, role });
    }
  }, [role]);
}

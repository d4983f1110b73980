import { useSyncExternalStore } from 'react';
import { getSession, setSession, subscribe, type Role, type Session } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, () => null);
}

export function useRole(): Role | undefined {
  return useSession()?.role;
}

export function logout(): void {
  setSession(null);
}

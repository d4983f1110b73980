import { useSyncExternalStore } from 'react';
import { can, type Capability } from './permissions';
import { getSession, setSession, subscribe, type Role, type Session } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, () => null);
}

export function useRole(): Role | undefined {
  return useSession()?.role;
}

/** Whether the signed-in user's role may do this (see permissions.ts). */
export function useCan(capability: Capability): boolean {
  return can(useRole(), capability);
}

export function logout(): void {
  setSession(null);
}

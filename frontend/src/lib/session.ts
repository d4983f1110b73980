// The signed-in user's token lives in sessionStorage: it survives a reload but not the tab.
export type Role = 'ADMIN' | 'USER' | 'AUDITOR';

export interface Session {
  token: string;
  email: string;
  role: Role;
  expiresAt: number;
}

const STORAGE_KEY = 'metabuilder.session';
type Listener = (session: Session | null) => void;

const listeners = new Set<Listener>();
let current: Session | null = readStored();

function readStored(): Session | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

let expiryTimer: ReturnType<typeof setTimeout> | undefined;

// An expired token is useless: end the session when it runs out, not at the next 401.
function scheduleExpiry(session: Session | null): void {
  clearTimeout(expiryTimer);
  if (!session) return;
  const remaining = Math.min(session.expiresAt - Date.now(), 2 ** 31 - 1);
  expiryTimer = setTimeout(() => setSession(null), Math.max(remaining, 0));
}

export function setSession(session: Session | null): void {
  current = session;
  scheduleExpiry(session);
  if (session) globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(session));
  else globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener(session));
}

scheduleExpiry(current);

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

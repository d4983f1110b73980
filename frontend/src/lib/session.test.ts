import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSession, setSession, subscribe } from './session';

describe('session', () => {
  afterEach(() => vi.useRealTimers());

  it('ends by itself when the token expires, telling its listeners', () => {
    vi.useFakeTimers();
    const seen: unknown[] = [];
    const unsubscribe = subscribe((session) => seen.push(session));
    setSession({ token: 't', email: 'a@b.c', role: 'USER', expiresAt: Date.now() + 1_000 });
    vi.advanceTimersByTime(999);
    expect(getSession()?.token).toBe('t');
    vi.advanceTimersByTime(1);
    expect(getSession()).toBeNull();
    expect(seen.at(-1)).toBeNull();
    unsubscribe();
  });
});

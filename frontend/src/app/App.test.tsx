// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSession, setSession, type Role } from '@/lib/session';
import { App } from './App';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Signed in with this role at this address; every API call answers an empty list. */
function openAs(role: Role, path: string, me?: { role: Role }) {
  setSession({ token: 't', email: 'someone@b.c', role, expiresAt: Date.now() + 60_000 });
  window.history.pushState({}, '', path);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) =>
      me && input.endsWith('/auth/me')
        ? json(200, { id: 'u', email: 'someone@b.c', ...me })
        : json(200, { data: [] }),
    ),
  );
  render(<App />);
}

const navLinks = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
};

describe('App', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setSession(null);
  });

  it('sends a signed-out visitor to the login page and back after logging in', async () => {
    window.history.pushState({}, '', '/entities');
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        json(200, { access_token: 'jwt', token_type: 'bearer', expires_in: 60, role: 'ADMIN' }),
      )
      .mockResolvedValue(json(200, { data: [] }));
    vi.stubGlobal('fetch', fetch);
    render(<App />);
    await userEvent.type(await screen.findByLabelText('Email'), 'admin@metabuilder.local');
    await userEvent.type(screen.getByLabelText('Password'), 'admin-password');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('No entities yet.')).toBeTruthy();
    expect(window.location.pathname).toBe('/entities');
    expect(getSession()?.token).toBe('jwt');
  });

  it('returns to the login page when the API answers 401', async () => {
    setSession({ token: 'old', email: 'a@b.c', role: 'ADMIN', expiresAt: Date.now() + 60_000 });
    window.history.pushState({}, '', '/entities');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(401, { title: 'Unauthorized' })));
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeTruthy();
    expect(getSession()).toBeNull();
  });

  it('hides schema design from a user without the ADMIN role', async () => {
    setSession({ token: 't', email: 'u@b.c', role: 'USER', expiresAt: Date.now() + 60_000 });
    window.history.pushState({}, '', '/entities');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(200, { data: [] })));
    render(<App />);
    expect(await screen.findByText('No entities yet.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'New entity' })).toBeNull();
  });

  it.each<[Role, string[]]>([
    ['ADMIN', ['Entities', 'Audit', 'Users', 'Projections']],
    ['USER', ['Entities']],
    ['AUDITOR', ['Entities', 'Audit', 'Users', 'Projections']],
  ])('shows %s only the pages the role may use', async (role, links) => {
    openAs(role, '/entities');
    expect(await navLinks()).toEqual(links);
  });

  it.each<[Role, string]>([
    ['USER', '/users'],
    ['USER', '/audit'],
    ['USER', '/admin/projections'],
    ['AUDITOR', '/entities/e-1/records/new'],
    ['AUDITOR', '/entities/e-1/records/r-1/edit'],
  ])('tells %s that %s is not allowed', async (role, path) => {
    openAs(role, path);
    expect(await screen.findByRole('heading', { name: 'Not allowed', level: 1 })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      role === 'USER' ? '(User)' : '(Auditor)',
    );
  });

  it('follows a role changed while signed in', async () => {
    openAs('ADMIN', '/entities', { role: 'USER' });
    await screen.findByText('No entities yet.');
    await vi.waitFor(() => expect(getSession()?.role).toBe('USER'));
    expect(await navLinks()).toEqual(['Entities']);
  });
});

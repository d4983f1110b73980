// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/Toasts';
import i18n from '@/lib/i18n';
import { setSession, type Role } from '@/lib/session';
import type { User } from './api';
import { UsersPage } from './UsersPage';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' },
  });

const user = (email: string, role: Role, disabled = false): User => ({
  id: `id-${email}`,
  email,
  role,
  disabled,
  createdAt: '2026-12-03T09:00:00Z',
  updatedAt: '2026-12-03T09:00:00Z',
});

const admin = user('admin@example.com', 'ADMIN');
const ana = user('ana@example.com', 'USER');

type Answer = (url: URL, init: RequestInit) => Response | undefined;

/** GET /users lists `users`; writes go to `answer`; every request is recorded. */
function serve(users: User[], answer: Answer = () => undefined) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const method = init.method ?? 'GET';
      calls.push({ method, path: url.pathname, body: init.body && JSON.parse(String(init.body)) });
      if (method === 'GET') return json(200, { data: users });
      return answer(url, init) ?? json(500, { title: 'unexpected' });
    }),
  );
  return calls;
}

function renderAs(role: Role, email = admin.email) {
  setSession({ token: 't', email, role, expiresAt: Date.now() + 60_000 });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <UsersPage />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

const problem = (status: number, errors: { field: string; code: string; message: string }[]) =>
  json(status, { title: 'Refused', status, detail: 'The request has invalid values.', errors });

describe('UsersPage', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: open and close are enough for these tests.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });

  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    setSession(null);
    await i18n.changeLanguage('en');
  });

  it('lists every user with role and status, and marks your own account', async () => {
    serve([admin, user('old@example.com', 'AUDITOR', true)]);
    renderAs('ADMIN');
    const table = await screen.findByRole('table', { name: 'Users' });
    const own = within(table).getByRole('row', { name: /admin@example\.com/ });
    expect(own.textContent).toContain('(you)');
    const old = within(table).getByRole('row', { name: /old@example\.com/ });
    expect(within(old).getByText('Auditor')).toBeTruthy();
    expect(within(old).getByText('Disabled')).toBeTruthy();
  });

  it('creates a user with the chosen role', async () => {
    const calls = serve([admin], () =>
      json(201, { id: 'n', email: 'new@example.com', role: 'AUDITOR', position: 9 }),
    );
    renderAs('ADMIN');
    const form = await screen.findByRole('form', { name: 'New user' });
    await userEvent.type(within(form).getByLabelText('Email'), 'new@example.com');
    await userEvent.type(within(form).getByLabelText('Password'), 'long-enough');
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'AUDITOR');
    await userEvent.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('User new@example.com created as Auditor.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/users',
      body: { email: 'new@example.com', password: 'long-enough', role: 'AUDITOR' },
    });
  });

  it('shows the server’s refusals at the fields, in the user’s language', async () => {
    await i18n.changeLanguage('es');
    serve([admin], () =>
      problem(422, [
        { field: 'email', code: 'invalid_email', message: 'Not an email address.' },
        { field: 'password', code: 'min_length', message: 'At least 8 characters.' },
      ]),
    );
    renderAs('ADMIN');
    const form = await screen.findByRole('form', { name: 'Nuevo usuario' });
    await userEvent.type(within(form).getByLabelText('Correo'), 'not-an-email');
    await userEvent.type(within(form).getByLabelText('Contraseña'), 'short');
    await userEvent.click(within(form).getByRole('button', { name: 'Crear usuario' }));
    const email = within(form).getByLabelText('Correo');
    expect(await within(form).findByText('No es una dirección de correo')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Al menos 8 caracteres')).toBeTruthy();
    expect(document.activeElement).toBe(email);
  });

  it('changes a role, disables after asking, and resets a password', async () => {
    const calls = serve([admin, ana], (_url, init) => {
      const change = JSON.parse(String(init.body)) as Partial<User>;
      return json(200, { ...ana, ...change, password: undefined, position: 5 });
    });
    renderAs('ADMIN');
    await userEvent.click(await screen.findByRole('button', { name: 'Manage ana@example.com' }));
    const editor = screen.getByRole('region', { name: 'Manage ana@example.com' });
    expect(document.activeElement?.textContent).toBe('Manage ana@example.com');

    await userEvent.selectOptions(within(editor).getByLabelText('New role'), 'AUDITOR');
    await userEvent.click(within(editor).getByRole('button', { name: 'Change role' }));
    expect(await screen.findByText('ana@example.com is now Auditor.')).toBeTruthy();

    await userEvent.click(within(editor).getByRole('button', { name: 'Disable user' }));
    const dialog = screen.getByRole('dialog', { name: 'Disable ana@example.com?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disable user' }));
    expect(await screen.findByText('ana@example.com is disabled.')).toBeTruthy();

    await userEvent.type(within(editor).getByLabelText('New password'), 'a-new-secret');
    await userEvent.click(within(editor).getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByText(/^Password of ana@example.com reset/)).toBeTruthy();
    expect((within(editor).getByLabelText('New password') as HTMLInputElement).value).toBe('');

    const patches = calls.filter((call) => call.method === 'PATCH');
    expect(patches.map((call) => call.path)).toEqual(
      Array(3).fill('/api/users/id-ana%40example.com'),
    );
    expect(patches.map((call) => call.body)).toEqual([
      { role: 'AUDITOR' },
      { disabled: true },
      { password: 'a-new-secret' },
    ]);
  });

  it('shows the self-lockout conflict at the role an admin tried to give up', async () => {
    const detail = 'You cannot disable yourself or give up your own ADMIN role; ask another admin.';
    serve([admin], () => problem(409, [{ field: 'id', code: 'self', message: detail }]));
    renderAs('ADMIN');
    await userEvent.click(await screen.findByRole('button', { name: 'Manage admin@example.com' }));
    const editor = screen.getByRole('region', { name: 'Manage admin@example.com' });
    await userEvent.selectOptions(within(editor).getByLabelText('New role'), 'USER');
    await userEvent.click(within(editor).getByRole('button', { name: 'Change role' }));
    expect(
      await within(editor).findByText(
        'You cannot disable yourself or give up your own Admin role; ask another admin.',
      ),
    ).toBeTruthy();
    expect(within(editor).getByLabelText('New role').getAttribute('aria-invalid')).toBe('true');
  });

  it('lets an auditor read the list and offers no change', async () => {
    serve([admin, ana]);
    renderAs('AUDITOR', 'audit@example.com');
    await screen.findByRole('table', { name: 'Users' });
    expect(screen.queryByRole('button', { name: /Manage/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'New user' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });
});

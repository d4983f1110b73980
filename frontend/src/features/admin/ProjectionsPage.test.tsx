// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { ToastProvider } from '@/components/Toasts';
import '@/lib/i18n';
import en from '@/lib/locales/en.json';
import es from '@/lib/locales/es.json';
import { setSession, type Role } from '@/lib/session';
import { PROJECTION_NAMES, PROJECTION_STATUSES, type Projection } from './api';
import { ProjectionsPage } from './ProjectionsPage';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': status < 400 ? 'application/json' : 'application/problem+json',
    },
  });

const projections: Projection[] = [
  { name: 'entity-tables', position: 1234, lag: 0, status: 'running' },
  { name: 'schema-versions', position: 1222, lag: 12, status: 'running' },
  { name: 'record-history', position: 1233, lag: 1, status: 'error' },
];

function renderPage(role: Role) {
  setSession({ token: 't', email: 'a@b.c', role, expiresAt: Date.now() + 60_000 });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <ProjectionsPage />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('ProjectionsPage', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: open and close are enough for these tests.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setSession(null);
  });

  it('shows a skeleton, then each projection with what it holds, its lag and status', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(200, { data: projections })));
    renderPage('ADMIN');
    expect(screen.getByRole('status').textContent).toContain('Loading the projections…');
    expect(await screen.findByText('Entity tables')).toBeTruthy();
    expect(screen.getByText('Every version of every record.')).toBeTruthy();
    expect(within(row('Entity tables')).getByText('1,234')).toBeTruthy();
    expect(within(row('Entity tables')).getByText('Up to date')).toBeTruthy();
    expect(within(row('Schema versions')).getByText('12 events behind')).toBeTruthy();
    expect(within(row('Record history')).getByText('1 event behind')).toBeTruthy();
    expect(within(row('Record history')).getByText('Error')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Rebuild / })).toHaveLength(3);
  });

  it('shows the table without rebuild buttons to an AUDITOR', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(200, { data: projections })));
    renderPage('AUDITOR');
    expect(await screen.findByText('Entity tables')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Rebuild/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });

  it('rebuilds after confirmation, says so and shows the row replaying', async () => {
    let status: Projection['status'] = 'running';
    const fetch = vi.fn((_url: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        status = 'replaying';
        return Promise.resolve(json(202, { name: 'entity-tables', status }));
      }
      const data = projections.map((p) => (p.name === 'entity-tables' ? { ...p, status } : p));
      return Promise.resolve(json(200, { data }));
    });
    vi.stubGlobal('fetch', fetch);
    renderPage('ADMIN');
    await userEvent.click(await screen.findByRole('button', { name: 'Rebuild Entity tables' }));
    const dialog = screen.getByRole('dialog', { name: 'Rebuild Entity tables?' });
    expect(dialog.textContent).toContain('no downtime');
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rebuild' }));
    expect(await screen.findByText(/^Rebuilding Entity tables/)).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith(
      '/api/admin/projections/entity-tables/replay',
      expect.objectContaining({ method: 'POST' }),
    );
    await waitFor(() => expect(within(row('Entity tables')).getByText('Replaying')).toBeTruthy());
    expect(
      screen.getByRole('button', { name: 'Rebuild Entity tables' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('tells an admin when a rebuild of that projection already runs', async () => {
    const fetch = vi.fn((_url: string, init?: RequestInit) =>
      Promise.resolve(
        init?.method === 'POST'
          ? json(409, { title: 'Conflict', status: 409 })
          : json(200, { data: projections }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    renderPage('ADMIN');
    await userEvent.click(await screen.findByRole('button', { name: 'Rebuild Schema versions' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rebuild' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Schema versions is already being rebuilt');
  });

  it('offers a retry when the list fails, and says so when there is none', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json(403, { title: 'Forbidden', status: 403 }))
      .mockResolvedValue(json(200, { data: [] }));
    vi.stubGlobal('fetch', fetch);
    renderPage('AUDITOR');
    expect((await screen.findByRole('alert')).textContent).toContain('Forbidden');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No projections are reported.')).toBeTruthy();
  });

  it('names every known projection and status in both languages', () => {
    for (const catalog of [en, es]) {
      for (const name of PROJECTION_NAMES) {
        expect(catalog.projections.names[name]).toBeTruthy();
        expect(catalog.projections.descriptions[name]).toBeTruthy();
      }
      for (const status of PROJECTION_STATUSES) {
        expect(catalog.projections.statuses[status]).toBeTruthy();
      }
    }
  });
});

describe('the Projections link in the header', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setSession(null);
  });

  it.each([
    ['ADMIN', true],
    ['AUDITOR', true],
    ['USER', false],
  ] as const)('is shown to %s: %s', async (role, shown) => {
    setSession({ token: 't', email: 'a@b.c', role, expiresAt: Date.now() + 60_000 });
    window.history.pushState({}, '', '/entities');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(200, { data: [] })));
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Entities' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Projections' }) !== null).toBe(shown);
  });
});

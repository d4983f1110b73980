// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/Toasts';
import '@/lib/i18n';
import { setSession } from '@/lib/session';
import type { AuditPage as Page, AuditRow } from './api';
import { AuditPage } from './AuditPage';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

const row = (position: number, summary: string): AuditRow => ({
  position,
  timestamp: '2026-12-03T09:00:00Z',
  eventType: 'RecordUpdated',
  aggregateType: 'Record',
  aggregateId: '3f2a0000-0000-0000-0000-000000000000',
  entityId: '9b1c0000-0000-0000-0000-000000000000',
  user: { id: 'u-1', email: 'ana@example.com' },
  role: 'USER',
  clientAddress: '10.0.0.7',
  requestId: `req-${position}`,
  summary,
  payload: { changes: { total: '9.90' } },
});

/** Answers /entities with one entity and /audit with the given pages, by cursor; records every URL. */
function serve(pages: Record<string, Page>) {
  const urls: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      urls.push(url);
      if (url.pathname.endsWith('/entities')) {
        return json({ data: [{ id: 'e-1', name: 'invoice', tableName: 't', schemaVersion: 1 }] });
      }
      return json(pages[url.searchParams.get('cursor') ?? 'first']);
    }),
  );
  return urls;
}

function renderPage() {
  setSession({ token: 't', email: 'a@b.c', role: 'AUDITOR', expiresAt: Date.now() + 60_000 });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <AuditPage />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('AuditPage', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setSession(null);
  });

  it('shows each change with who made it, and older pages on request', async () => {
    const urls = serve({
      first: {
        data: [row(12, 'Updated record 3f2a of invoice: total')],
        page: { limit: 50, next: 'c1' },
      },
      c1: { data: [row(11, 'Created record 3f2a of invoice')], page: { limit: 50, next: null } },
    });
    renderPage();

    const table = await screen.findByRole('table', { name: 'Audit trail, newest first' });
    expect(within(table).getByText('Updated record 3f2a of invoice: total')).toBeTruthy();
    expect(within(table).getByText('ana@example.com')).toBeTruthy();
    expect(within(table).getByText('Record updated')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Show older changes' }));

    expect(await within(table).findByText('Created record 3f2a of invoice')).toBeTruthy();
    expect(urls.some((url) => url.searchParams.get('cursor') === 'c1')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Show older changes' })).toBeNull();
  });

  it('sends the chosen filters to the API', async () => {
    const urls = serve({ first: { data: [], page: { limit: 50, next: null } } });
    renderPage();
    await screen.findByText('No changes match these filters.');

    await userEvent.selectOptions(await screen.findByLabelText('Entity'), 'e-1');
    await userEvent.type(screen.getByLabelText('User'), 'ana@example.com');
    await userEvent.selectOptions(screen.getByLabelText('Event type'), 'RecordDeleted');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => {
      const last = urls.filter((url) => url.pathname.endsWith('/audit')).at(-1);
      expect(last?.searchParams.get('entity')).toBe('e-1');
      expect(last?.searchParams.get('user')).toBe('ana@example.com');
      expect(last?.searchParams.get('type')).toBe('RecordDeleted');
      expect(last?.searchParams.get('limit')).toBe('50');
    });
  });
});

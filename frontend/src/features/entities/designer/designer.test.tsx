// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/Toasts';
import { field } from '@/features/records/test-fields';
import { setSession } from '@/lib/session';
import type { EntityDetail } from '../api';
import { EntityPage } from '../EntityPage';
import { SchemaHistoryPage } from './SchemaHistoryPage';

const title = field('TEXT', { id: 'f1', name: 'title', displayName: 'Title' });
const qty = field('INTEGER', { id: 'f2', name: 'qty', max: 10 });
const v3: EntityDetail = {
  id: 'e1',
  name: 'product',
  tableName: 'entity_e1',
  schemaVersion: 3,
  fields: [title, qty],
};
const v2: EntityDetail = { ...v3, schemaVersion: 2, fields: [title, { ...qty, max: 5 }] };
const v1: EntityDetail = { ...v3, schemaVersion: 1, fields: [title] };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

type Handler = (url: URL, init: RequestInit) => Response | undefined;
type Call = { url: URL; init: RequestInit };

function stubApi(handler: Handler): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit) => {
      const url = new URL(input, 'http://app');
      calls.push({ url, init });
      const answer = handler(url, init);
      if (!answer) throw new Error(`unexpected ${init.method ?? 'GET'} ${input}`);
      return answer;
    }),
  );
  return calls;
}

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/entities/:entityId" element={<EntityPage />} />
            <Route path="/entities/:entityId/schema" element={<SchemaHistoryPage />} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

const method = (init: RequestInit) => init.method ?? 'GET';
const ifMatch = (call?: Call) => new Headers(call?.init.headers).get('If-Match');

function reads(url: URL, init: RequestInit): Response | undefined {
  if (method(init) !== 'GET') return undefined;
  if (url.pathname === '/api/entities') return json(200, { data: [v3] });
  if (url.pathname === '/api/entities/e1') {
    const removed = url.searchParams.get('includeRemoved') === 'true';
    const gone = field('TEXT', { id: 'f9', name: 'old_note', removed: true });
    return json(200, removed ? { ...v3, fields: [...v3.fields, gone] } : v3);
  }
  if (url.pathname === '/api/entities/e1/schema') {
    return json(200, { 1: v1, 2: v2, 3: v3 }[url.searchParams.get('version') ?? '3']);
  }
  if (url.pathname === '/api/entities/e1/schema/versions') {
    const user = { id: 'u', email: 'admin@example.com' };
    return json(200, {
      data: [
        {
          version: 1,
          change: 'Entity defined',
          eventType: 'EntityDefined',
          user,
          timestamp: '2026-01-01T00:00:00Z',
        },
        {
          version: 2,
          change: 'Field qty added',
          eventType: 'FieldAdded',
          user,
          timestamp: '2026-01-02T00:00:00Z',
        },
        {
          version: 3,
          change: 'Rules of qty changed',
          eventType: 'FieldRulesChanged',
          user,
          timestamp: '2026-01-03T00:00:00Z',
        },
      ],
    });
  }
  return undefined;
}

describe('schema designer', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: open and close are enough for these tests.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });
  beforeEach(() =>
    setSession({
      token: 't',
      email: 'admin@example.com',
      role: 'ADMIN',
      expiresAt: Date.now() + 60_000,
    }),
  );
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('edits a field with If-Match of the schema version, sending only what changed', async () => {
    const calls = stubApi(
      (url, init) => reads(url, init) ?? json(200, { schemaVersion: 4, position: 9 }),
    );
    renderAt('/entities/e1');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit field qty' }));
    const editor = screen.getByRole('form', { name: 'Edit field “qty”' });
    await userEvent.clear(within(editor).getByLabelText('Field name'));
    await userEvent.type(within(editor).getByLabelText('Field name'), 'quantity');
    await userEvent.clear(within(editor).getByLabelText('Maximum'));
    await userEvent.type(within(editor).getByLabelText('Maximum'), '20');
    await userEvent.click(within(editor).getByRole('button', { name: 'Save field' }));
    await screen.findByText('Field “quantity” saved; schema version 4.');
    const patch = calls.find((call) => method(call.init) === 'PATCH');
    expect(patch?.url.pathname).toBe('/api/entities/e1/fields/f2');
    expect(ifMatch(patch)).toBe('"3"');
    expect(JSON.parse(String(patch?.init.body))).toEqual({ name: 'quantity', max: 20 });
  });

  it('explains a 412 and reads the schema again', async () => {
    const calls = stubApi(
      (url, init) => reads(url, init) ?? json(412, { status: 412, title: 'Precondition Failed' }),
    );
    renderAt('/entities/e1');
    await userEvent.click(await screen.findByRole('button', { name: 'Remove field qty' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    const notice = await screen.findByTestId('stale-notice');
    expect(notice.textContent).toContain('based on schema version 3');
    expect(screen.queryByRole('dialog')).toBeNull();
    const removal = calls.find((call) => method(call.init) === 'DELETE');
    expect(removal?.url.pathname).toBe('/api/entities/e1/fields/f2');
    expect(ifMatch(removal)).toBe('"3"');
    const entityReads = calls.filter(
      (call) => call.url.pathname === '/api/entities/e1' && method(call.init) === 'GET',
    );
    await vi.waitFor(() => expect(entityReads.length).toBeGreaterThan(2));
  });

  it('lists removed fields apart and restores one', async () => {
    const calls = stubApi(
      (url, init) => reads(url, init) ?? json(200, { schemaVersion: 4, position: 9 }),
    );
    renderAt('/entities/e1');
    const removed = await screen.findByRole('table', { name: 'Removed fields' });
    expect(removed.textContent).toContain('old_note');
    await userEvent.click(screen.getByRole('button', { name: 'Restore field old_note' }));
    await screen.findByText('Field “old_note” restored with its values; schema version 4.');
    const restore = calls.find((call) => method(call.init) === 'POST');
    expect(restore?.url.pathname).toBe('/api/entities/e1/fields/f9/restore');
  });

  it('shows the timeline, a diff of two versions and rolls back after a preview', async () => {
    const calls = stubApi((url, init) => {
      if (method(init) === 'POST' && url.pathname === '/api/entities/e1/rollback') {
        return json(200, {
          schemaVersion: 4,
          position: 12,
          operations: [{ op: 'removeField', field: 'f2', from: 'qty' }],
        });
      }
      return reads(url, init);
    });
    renderAt('/entities/e1/schema');
    const timeline = await screen.findByRole('list', { name: 'Schema versions, newest first' });
    expect(within(timeline).getAllByRole('listitem')[0]?.textContent).toContain(
      'Version 3 · Rules of qty changed',
    );
    const diff = await screen.findByRole('table', { name: 'Fields in version 2 and version 3' });
    expect(within(diff).getByTestId('diff-changed').textContent).toContain('changed: max');

    await userEvent.selectOptions(screen.getByLabelText('Roll back to'), '1');
    const preview = await screen.findByRole('list', { name: 'What it will do' });
    expect(preview.textContent).toBe('Remove field “qty”');
    await userEvent.click(screen.getByRole('button', { name: 'Roll back to version 1…' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    const result = await screen.findByTestId('rollback-result');
    expect(result.textContent).toContain('the schema is now version 4');
    expect(result.textContent).toContain('Remove field “qty”');
    const post = calls.find((call) => method(call.init) === 'POST');
    expect(JSON.parse(String(post?.init.body))).toEqual({ toVersion: 1 });
    expect(ifMatch(post)).toBe('"3"');
  });
});

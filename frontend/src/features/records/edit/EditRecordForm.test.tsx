// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityDetail } from '@/features/entities/api';
import type { EntityRecord } from '../api';
import { field } from '../test-fields';
import { EditRecordForm } from './EditRecordForm';

const entity: EntityDetail = {
  id: 'e1',
  name: 'product',
  tableName: 'entity_e1',
  schemaVersion: 4,
  fields: [
    field('TEXT', { name: 'title', displayName: 'Title', required: true }),
    field('INTEGER', { name: 'qty', displayName: 'Quantity' }),
    field('TEXT', { id: 'id-note', name: 'note', displayName: 'Note' }),
  ],
};

const record = (version: number, values: Partial<EntityRecord>): EntityRecord => ({
  id: 'r1',
  version,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  created_by: 'ana@example.com',
  updated_by: 'ana@example.com',
  ...values,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

type Call = [string, RequestInit];
const header = (call: Call, name: string) => new Headers(call[1].headers).get(name);

function renderForm(start: EntityRecord, onSaved = vi.fn(), onRebase = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <EditRecordForm entity={entity} record={start} onSaved={onSaved} onRebase={onRebase} />
    </QueryClientProvider>,
  );
  return { onSaved, onRebase };
}

describe('EditRecordForm', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('starts from the record and PATCHes only what changed, with If-Match of its version', async () => {
    const fetch = vi.fn().mockResolvedValue(json(200, record(4, { title: 'Pen', qty: 9 })));
    vi.stubGlobal('fetch', fetch);
    const { onSaved } = renderForm(record(3, { title: 'Pen', qty: 7, note: 'old' }));
    expect(screen.getByLabelText('Quantity')).toHaveProperty('value', '7');
    await userEvent.clear(screen.getByLabelText('Quantity'));
    await userEvent.type(screen.getByLabelText('Quantity'), '9');
    await userEvent.clear(screen.getByLabelText('Note'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const call = fetch.mock.calls[0] as Call;
    expect(call[0]).toBe('/api/entities/e1/records/r1');
    expect(call[1].method).toBe('PATCH');
    expect(header(call, 'If-Match')).toBe('"3"');
    expect(call[1].body).toBe('{"qty":9,"note":null}');
  });

  it('on 412 shows the other change beside the user’s, and keeping mine re-applies on the new version', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json(412, { title: 'Precondition Failed', status: 412 }))
      .mockResolvedValueOnce(
        json(200, { ...record(4, { title: 'Pencil', qty: 7 }), updated_by: 'bo@example.com' }),
      )
      .mockResolvedValueOnce(json(200, record(5, { title: 'Pencil', qty: 9 })));
    vi.stubGlobal('fetch', fetch);
    const { onSaved } = renderForm(record(3, { title: 'Pen', qty: 7 }));
    await userEvent.clear(screen.getByLabelText('Quantity'));
    await userEvent.type(screen.getByLabelText('Quantity'), '9');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const panel = await screen.findByRole('alert', { name: /changed this record first/ });
    expect(panel.textContent).toContain('bo@example.com saved version 4');
    const rows = within(panel).getAllByRole('row');
    const cells = (name: string) =>
      within(rows.find((row) => row.textContent?.startsWith(name)) as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Title')).toEqual(['Pen', 'Pen', 'Pencil']);
    expect(cells('Quantity')).toEqual(['7', '9', '7']);

    await userEvent.click(within(panel).getByRole('button', { name: 'Keep my changes' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const retry = fetch.mock.calls[2] as Call;
    expect(header(retry, 'If-Match')).toBe('"4"');
    expect(retry[1].body).toBe('{"qty":9}');
  });

  it('on 412 "use the saved version" hands the latest record back to the page', async () => {
    const latest = record(4, { title: 'Pencil', qty: 7 });
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json(412, { status: 412 }))
      .mockResolvedValueOnce(json(200, latest));
    vi.stubGlobal('fetch', fetch);
    const { onRebase } = renderForm(record(3, { title: 'Pen', qty: 7 }));
    await userEvent.type(screen.getByLabelText('Title'), 's');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Use the saved version' }));
    expect(onRebase).toHaveBeenCalledWith(latest);
  });
});

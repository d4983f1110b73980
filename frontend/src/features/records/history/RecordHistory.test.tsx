// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityDetail } from '@/features/entities/api';
import { field } from '../test-fields';
import { RecordHistory } from './RecordHistory';

const entity: EntityDetail = {
  id: 'e1',
  name: 'product',
  tableName: 'entity_e1',
  schemaVersion: 2,
  fields: [
    field('TEXT', { name: 'title', displayName: 'Title' }),
    field('BOOLEAN', { name: 'active', displayName: 'Active' }),
  ],
};

const user = { id: 'u1', email: 'ana@example.com' };

describe('RecordHistory', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists every version newest first with who, the event and per-field from → to', async () => {
    const history = {
      data: [
        {
          version: 1,
          eventType: 'RecordCreated',
          user,
          timestamp: '2026-01-01T10:00:00Z',
          requestId: 'req-1',
          changes: { title: { from: null, to: 'Pen' }, active: { from: null, to: true } },
        },
        {
          version: 2,
          eventType: 'RecordUpdated',
          user: { id: 'u2', email: 'bo@example.com' },
          timestamp: '2026-01-02T10:00:00Z',
          requestId: 'req-2',
          changes: { title: { from: 'Pen', to: 'Pencil' }, gone: { from: 1, to: 2 } },
        },
        { version: 3, eventType: 'RecordDeleted', user, timestamp: '2026-01-03T10:00:00Z' },
      ],
    };
    const fetch = vi
      .fn()
      .mockResolvedValue(
        new Response(JSON.stringify(history), { headers: { 'Content-Type': 'application/json' } }),
      );
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <RecordHistory entity={entity} recordId="r1" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const items = await screen.findAllByRole('listitem');
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/entities/e1/records/r1/history');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Version 3 · Deleted',
      'Version 2 · Updated',
      'Version 1 · Created',
    ]);
    const second = items[1] as HTMLElement;
    expect(second.textContent).toContain('By bo@example.com');
    expect(second.textContent).toContain('Request req-2');
    const rows = within(second).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'TitlePenPencil',
      'gone (not in the current schema)12',
    ]);
    const first = items[2] as HTMLElement;
    expect(within(first).getAllByRole('row')[2]?.textContent).toBe('ActiveemptyYes');
    expect(within(second).getByRole('link').getAttribute('href')).toBe('/?version=2');
  });
});

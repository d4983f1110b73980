// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityDetail } from '@/features/entities/api';
import { RecordForm } from './RecordForm';
import { field } from './test-fields';

const entity: EntityDetail = {
  id: 'e1',
  name: 'product',
  tableName: 'entity_e1',
  schemaVersion: 4,
  fields: [
    field('TEXT', { name: 'title', displayName: 'Title', required: true, maxLength: 5 }),
    field('INTEGER', { name: 'qty', displayName: 'Quantity', max: 10 }),
    field('BOOLEAN', { name: 'active', displayName: 'Active' }),
    field('ENUM', { name: 'status', displayName: 'Status', options: ['open', 'closed'] }),
  ],
};

function renderForm(onSaved = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RecordForm entity={entity} onSaved={onSaved} />
    </QueryClientProvider>,
  );
  return onSaved;
}

const problem = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 422,
    headers: { 'Content-Type': 'application/problem+json' },
  });

describe('RecordForm', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('generates a labelled input per field', () => {
    renderForm();
    expect(screen.getByLabelText('Title')).toHaveProperty('type', 'text');
    expect(screen.getByLabelText('Quantity')).toHaveProperty('type', 'number');
    expect(screen.getByLabelText('Active')).toHaveProperty('type', 'checkbox');
    expect(screen.getByLabelText('Status').tagName).toBe('SELECT');
  });

  it('shows browser-side errors at their fields without calling the server', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderForm();
    await userEvent.type(screen.getByLabelText('Quantity'), '11');
    await userEvent.click(screen.getByRole('button', { name: 'Save record' }));
    expect(await screen.findByText('Required')).toBeTruthy();
    expect(screen.getByText('Must be at most 10')).toBeTruthy();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('puts the server 422 errors at the right field, by code in the user language, with exact values', async () => {
    const fetch = vi.fn().mockResolvedValue(
      problem({
        title: 'Validation failed',
        status: 422,
        errors: [{ field: 'title', code: 'duplicate', message: 'already taken' }],
      }),
    );
    vi.stubGlobal('fetch', fetch);
    renderForm();
    await userEvent.type(screen.getByLabelText('Title'), 'Pen');
    await userEvent.type(screen.getByLabelText('Quantity'), '7');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'open');
    await userEvent.click(screen.getByRole('button', { name: 'Save record' }));
    expect(await screen.findByText('Another record already has this value')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Title')));
    const [, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(init.body).toBe('{"title":"Pen","qty":7,"active":false,"status":"open"}');
  });
});

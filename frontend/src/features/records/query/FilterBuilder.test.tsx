// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '@/lib/i18n';
import type { FilterableField } from './filter-fields';
import { FilterBuilder } from './FilterBuilder';
import type { Condition } from './list-view';

const FIELDS: FilterableField[] = [
  { name: 'title', label: 'Title', type: 'TEXT' },
  { name: 'qty', label: 'Quantity', type: 'INTEGER' },
  { name: 'status', label: 'Status', type: 'ENUM', options: ['open', 'closed'] },
  { name: 'attributes', label: 'Attributes', type: 'JSON' },
  { name: 'created_at', label: 'Created', type: 'DATETIME' },
];

function renderBuilder(filters: Condition[] = []) {
  const onApply = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <FilterBuilder filters={filters} fields={FIELDS} onApply={onApply} />
    </QueryClientProvider>,
  );
  return onApply;
}

const operators = (group: HTMLElement) =>
  Array.from(
    within(group).getByLabelText<HTMLSelectElement>('Operator').options,
    (option) => option.value,
  );

describe('FilterBuilder', () => {
  afterEach(cleanup);

  it('offers the operators of the chosen field type and the input its value needs', async () => {
    renderBuilder();
    await userEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    const group = screen.getByRole('group', { name: 'Condition 1' });
    expect(operators(group)).toEqual(['contains', 'startsWith', 'eq', 'ne', 'in', 'isNull']);

    await userEvent.selectOptions(within(group).getByLabelText('Field'), 'qty');
    expect(operators(group)).toContain('gte');
    expect(within(group).getByLabelText('Value')).toHaveProperty('type', 'number');

    await userEvent.selectOptions(within(group).getByLabelText('Field'), 'attributes');
    expect(operators(group)).toEqual(['isNull']);

    await userEvent.selectOptions(within(group).getByLabelText('Field'), 'status');
    expect(within(group).getByLabelText('Value').tagName).toBe('SELECT');
  });

  it('applies complete conditions together, leaving out the ones without a value', async () => {
    const onApply = renderBuilder();
    await userEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    const first = screen.getByRole('group', { name: 'Condition 1' });
    await userEvent.selectOptions(within(first).getByLabelText('Field'), 'qty');
    await userEvent.selectOptions(within(first).getByLabelText('Operator'), 'gte');
    await userEvent.type(within(first).getByLabelText('Value'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    const second = screen.getByRole('group', { name: 'Condition 2' });
    await userEvent.selectOptions(within(second).getByLabelText('Operator'), 'in');
    await userEvent.click(screen.getByRole('button', { name: 'Add condition' }));

    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply).toHaveBeenCalledWith([{ field: 'qty', op: 'gte', values: ['5'] }]);
  });

  it('keeps the operator when the new field allows it, and removes a condition by its number', async () => {
    const onApply = renderBuilder([{ field: 'qty', op: 'isNull', values: ['false'] }]);
    const group = screen.getByRole('group', { name: 'Condition 1' });
    await userEvent.selectOptions(within(group).getByLabelText('Field'), 'attributes');
    expect(within(group).getByLabelText<HTMLSelectElement>('Operator').value).toBe('isNull');
    await userEvent.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply).toHaveBeenCalledWith([]);
  });
});

import { describe, expect, it } from 'vitest';
import { auditQuery, localToIso, NO_FILTERS } from './audit-query';

describe('auditQuery', () => {
  it('leaves empty filters out', () => {
    expect(auditQuery(NO_FILTERS)).toEqual({
      entity: undefined,
      user: undefined,
      type: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('trims names and emails and sends local date-times as UTC instants', () => {
    const query = auditQuery({
      entity: ' customer ',
      user: ' ana@example.com',
      type: 'RecordUpdated',
      from: '2026-12-01T09:30',
      to: '',
    });
    expect(query.entity).toBe('customer');
    expect(query.user).toBe('ana@example.com');
    expect(query.type).toBe('RecordUpdated');
    expect(query.from).toBe(new Date('2026-12-01T09:30').toISOString());
    expect(query.to).toBeUndefined();
  });

  it('ignores a date-time the browser cannot read', () => {
    expect(localToIso('not a date')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '@/features/entities/api';
import { initialValues, operatorsFor, valueKindFor } from './filter-operators';

describe('operatorsFor', () => {
  it('offers contains and startsWith on text types only', () => {
    const text = ['TEXT', 'LONG_TEXT', 'EMAIL', 'URL'] as const;
    for (const type of FIELD_TYPES) {
      const ops = operatorsFor(type);
      const isText = (text as readonly string[]).includes(type);
      expect(ops.includes('contains'), type).toBe(isText);
      expect(ops.includes('startsWith'), type).toBe(isText);
    }
  });

  it('offers ranges on numbers, dates and times', () => {
    for (const type of ['INTEGER', 'DECIMAL', 'DATE', 'DATETIME'] as const) {
      expect(operatorsFor(type)).toEqual(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'isNull']);
    }
  });

  it('offers equality on booleans, choices among enum options and references', () => {
    expect(operatorsFor('BOOLEAN')).toEqual(['eq', 'ne', 'isNull']);
    expect(operatorsFor('ENUM')).toEqual(['eq', 'ne', 'in', 'isNull']);
    expect(operatorsFor('REFERENCE')).toEqual(['eq', 'ne', 'in', 'isNull']);
  });

  it('offers only emptiness on JSON, and never emptiness on the id', () => {
    expect(operatorsFor('JSON')).toEqual(['isNull']);
    expect(operatorsFor('ID')).toEqual(['eq', 'ne', 'in']);
  });

  it('offers isNull on every field type', () => {
    for (const type of FIELD_TYPES) expect(operatorsFor(type)).toContain('isNull');
  });
});

describe('valueKindFor', () => {
  it('enters a value with the input its type and operator need', () => {
    expect(valueKindFor('INTEGER', 'gt')).toBe('integer');
    expect(valueKindFor('DECIMAL', 'lte')).toBe('decimal');
    expect(valueKindFor('DATE', 'gte')).toBe('date');
    expect(valueKindFor('DATETIME', 'lt')).toBe('datetime');
    expect(valueKindFor('BOOLEAN', 'eq')).toBe('boolean');
    expect(valueKindFor('ENUM', 'ne')).toBe('options');
    expect(valueKindFor('REFERENCE', 'eq')).toBe('reference');
    expect(valueKindFor('TEXT', 'contains')).toBe('text');
    expect(valueKindFor('ID', 'eq')).toBe('text');
    expect(valueKindFor('ENUM', 'in')).toBe('list');
    expect(valueKindFor('JSON', 'isNull')).toBe('emptiness');
  });

  it('starts isNull and booleans on "true", the rest empty', () => {
    expect(initialValues('TEXT', 'isNull')).toEqual(['true']);
    expect(initialValues('BOOLEAN', 'eq')).toEqual(['true']);
    expect(initialValues('INTEGER', 'gt')).toEqual([]);
  });
});

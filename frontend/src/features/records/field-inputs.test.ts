import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, type FieldType } from '@/features/entities/api';
import { initialFormValue, inputFor, ruleHints, type InputKind } from './field-inputs';
import { field } from './test-fields';

const EXPECTED: Record<FieldType, [InputKind, string | undefined]> = {
  TEXT: ['text', 'text'],
  LONG_TEXT: ['textarea', undefined],
  INTEGER: ['number', 'number'],
  DECIMAL: ['decimal', 'text'],
  BOOLEAN: ['checkbox', 'checkbox'],
  DATE: ['date', 'date'],
  DATETIME: ['datetime', 'datetime-local'],
  EMAIL: ['email', 'email'],
  URL: ['url', 'url'],
  ENUM: ['select', undefined],
  REFERENCE: ['reference', undefined],
  JSON: ['json', undefined],
};

describe('inputFor', () => {
  it.each(FIELD_TYPES)('gives %s its own input', (type) => {
    const spec = inputFor(field(type));
    expect([spec.kind, spec.htmlType]).toEqual(EXPECTED[type]);
  });

  it('carries the rules the browser can enforce', () => {
    expect(inputFor(field('INTEGER', { min: 1, max: 9 }))).toMatchObject({
      step: '1',
      min: '1',
      max: '9',
    });
    expect(inputFor(field('TEXT', { maxLength: 20 })).maxLength).toBe(20);
    expect(inputFor(field('ENUM', { options: ['a', 'b'] })).options).toEqual(['a', 'b']);
  });

  it('edits decimals as text so no digit is lost', () => {
    expect(inputFor(field('DECIMAL')).inputMode).toBe('decimal');
  });
});

describe('initialFormValue', () => {
  it('starts from the default value', () => {
    expect(initialFormValue(field('INTEGER', { defaultValue: 5 }))).toBe('5');
    expect(initialFormValue(field('BOOLEAN', { defaultValue: true }))).toBe(true);
    expect(initialFormValue(field('BOOLEAN'))).toBe(false);
    expect(initialFormValue(field('JSON', { defaultValue: { a: 1 } }))).toBe('{\n  "a": 1\n}');
    expect(initialFormValue(field('DATETIME', { defaultValue: '2026-01-24T10:30:00Z' }))).toBe(
      '2026-01-24T10:30:00',
    );
    expect(initialFormValue(field('TEXT'))).toBe('');
  });
});

describe('ruleHints', () => {
  it('describes the rules in words', () => {
    expect(ruleHints(field('TEXT', { required: true, maxLength: 4, pattern: 'a+' }))).toEqual([
      'required',
      'at most 4 characters',
      'pattern a+',
    ]);
  });
});

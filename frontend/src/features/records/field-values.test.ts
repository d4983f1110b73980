import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '@/features/entities/api';
import { parseFieldValue, type ParseResult } from './field-values';
import { RawJson } from './record-body';
import { field } from './test-fields';

const value = (result: ParseResult) => (result.ok ? result.value : `error:${result.code}`);
const code = (result: ParseResult) => (result.ok ? 'ok' : result.code);

describe('parseFieldValue', () => {
  it.each(FIELD_TYPES.filter((type) => type !== 'BOOLEAN'))(
    'treats an empty %s input as null, or as missing when required',
    (type) => {
      expect(value(parseFieldValue(field(type), ''))).toBeNull();
      expect(value(parseFieldValue(field(type), undefined))).toBeNull();
      expect(code(parseFieldValue(field(type, { required: true }), ''))).toBe('required');
    },
  );

  describe('TEXT and LONG_TEXT', () => {
    it('keeps text exactly, whitespace included', () => {
      expect(value(parseFieldValue(field('TEXT'), '  hi '))).toBe('  hi ');
      expect(value(parseFieldValue(field('LONG_TEXT'), 'a\nb'))).toBe('a\nb');
    });
    it('counts maxLength in characters, not UTF-16 units', () => {
      const short = field('TEXT', { maxLength: 3 });
      expect(code(parseFieldValue(short, '😀😀😀'))).toBe('ok');
      expect(code(parseFieldValue(short, 'abcd'))).toBe('max_length');
    });
    it('looks for the pattern as the server does (anchors make it whole-value)', () => {
      const sku = field('TEXT', { pattern: '[A-Z]{3}-\\d+' });
      expect(code(parseFieldValue(sku, 'ABC-12'))).toBe('ok');
      expect(code(parseFieldValue(sku, 'abc-12'))).toBe('pattern');
      expect(code(parseFieldValue(field('TEXT', { pattern: '^a+$' }), 'aab'))).toBe('pattern');
    });
    it('leaves a pattern JavaScript cannot compile to the server', () => {
      expect(code(parseFieldValue(field('TEXT', { pattern: '(?<x' }), 'anything'))).toBe('ok');
    });
    it('rejects the NUL character', () => {
      expect(code(parseFieldValue(field('TEXT'), 'a\u0000b'))).toBe('invalid_character');
    });
  });

  describe('INTEGER', () => {
    const qty = field('INTEGER', { min: 0, max: 500 });
    it('sends the digits raw so 64-bit values keep every digit', () => {
      expect(value(parseFieldValue(field('INTEGER'), ' 9007199254740993 '))).toEqual(
        new RawJson('9007199254740993'),
      );
      expect(value(parseFieldValue(field('INTEGER'), '+007'))).toEqual(new RawJson('7'));
    });
    it('checks min and max inclusively', () => {
      expect(code(parseFieldValue(qty, '0'))).toBe('ok');
      expect(code(parseFieldValue(qty, '500'))).toBe('ok');
      expect(code(parseFieldValue(qty, '-1'))).toBe('min');
      expect(code(parseFieldValue(qty, '501'))).toBe('max');
    });
    it('rejects fractions, text and values beyond 64 bits', () => {
      expect(code(parseFieldValue(qty, '1.5'))).toBe('wrong_type');
      expect(code(parseFieldValue(qty, 'ten'))).toBe('wrong_type');
      expect(code(parseFieldValue(field('INTEGER'), '9223372036854775807'))).toBe('ok');
      expect(code(parseFieldValue(field('INTEGER'), '9223372036854775808'))).toBe('wrong_type');
    });
  });

  describe('DECIMAL', () => {
    it('keeps the value as exact text', () => {
      expect(value(parseFieldValue(field('DECIMAL'), '0.1000000000000000000001'))).toBe(
        '0.1000000000000000000001',
      );
      expect(value(parseFieldValue(field('DECIMAL'), '12.50'))).toBe('12.50');
      expect(value(parseFieldValue(field('DECIMAL'), '+.5'))).toBe('0.5');
      expect(value(parseFieldValue(field('DECIMAL'), '1.5E3'))).toBe('1500');
    });
    it('compares bounds exactly', () => {
      const price = field('DECIMAL', { min: '0.01', max: 99.99 });
      expect(code(parseFieldValue(price, '0.01'))).toBe('ok');
      expect(code(parseFieldValue(price, '0.009999999999999999999'))).toBe('min');
      expect(code(parseFieldValue(price, '99.990000000000000001'))).toBe('max');
    });
    it('enforces precision and scale', () => {
      const money = field('DECIMAL', { precision: 5, scale: 2 });
      expect(code(parseFieldValue(money, '999.99'))).toBe('ok');
      expect(code(parseFieldValue(money, '1.234'))).toBe('invalid_decimal');
      expect(code(parseFieldValue(money, '1000'))).toBe('invalid_decimal');
    });
    it('rejects what is not a decimal', () => {
      expect(code(parseFieldValue(field('DECIMAL'), '1,5'))).toBe('invalid_decimal');
      expect(code(parseFieldValue(field('DECIMAL'), 'NaN'))).toBe('invalid_decimal');
    });
  });

  describe('BOOLEAN', () => {
    it('takes the checkbox state, false included', () => {
      expect(value(parseFieldValue(field('BOOLEAN'), true))).toBe(true);
      expect(value(parseFieldValue(field('BOOLEAN', { required: true }), false))).toBe(false);
      expect(value(parseFieldValue(field('BOOLEAN'), 'false'))).toBe(false);
    });
    it('rejects other text', () => {
      expect(code(parseFieldValue(field('BOOLEAN'), 'yes'))).toBe('wrong_type');
    });
  });

  describe('DATE', () => {
    it('accepts real calendar dates as YYYY-MM-DD', () => {
      expect(value(parseFieldValue(field('DATE'), '2024-02-29'))).toBe('2024-02-29');
    });
    it('rejects impossible dates and other formats', () => {
      expect(code(parseFieldValue(field('DATE'), '2023-02-29'))).toBe('invalid_date');
      expect(code(parseFieldValue(field('DATE'), '24/01/2026'))).toBe('invalid_date');
    });
  });

  describe('DATETIME', () => {
    it('sends a datetime-local value as a UTC instant', () => {
      const local = '2026-01-24T10:30';
      expect(value(parseFieldValue(field('DATETIME'), local))).toBe(new Date(local).toISOString());
    });
    it('keeps the instant of a value with an offset', () => {
      expect(value(parseFieldValue(field('DATETIME'), '2026-01-24T10:30:00+02:00'))).toBe(
        '2026-01-24T08:30:00.000Z',
      );
    });
    it('rejects a bare date or nonsense', () => {
      expect(code(parseFieldValue(field('DATETIME'), '2026-01-24'))).toBe('invalid_datetime');
      expect(code(parseFieldValue(field('DATETIME'), '2026-13-40T99:00'))).toBe('invalid_datetime');
    });
  });

  describe('EMAIL and URL', () => {
    it('checks the shape and the text rules', () => {
      expect(value(parseFieldValue(field('EMAIL'), ' ana@example.com '))).toBe('ana@example.com');
      expect(code(parseFieldValue(field('EMAIL'), 'ana@'))).toBe('invalid_email');
      expect(code(parseFieldValue(field('EMAIL', { maxLength: 5 }), 'a@b.co.uk'))).toBe(
        'max_length',
      );
      expect(value(parseFieldValue(field('URL'), 'https://example.com/a?b=1'))).toBe(
        'https://example.com/a?b=1',
      );
      expect(code(parseFieldValue(field('URL'), 'example.com'))).toBe('invalid_url');
      expect(code(parseFieldValue(field('URL'), 'ftp://example.com'))).toBe('invalid_url');
      expect(code(parseFieldValue(field('EMAIL'), 'ana@localhost'))).toBe('invalid_email');
    });
  });

  describe('ENUM', () => {
    it('accepts only the options, case-sensitively', () => {
      const status = field('ENUM', { options: ['open', 'closed'] });
      expect(value(parseFieldValue(status, 'open'))).toBe('open');
      expect(code(parseFieldValue(status, 'Open'))).toBe('not_an_option');
    });
  });

  describe('REFERENCE', () => {
    it('accepts a record id', () => {
      const id = '3F2504E0-4F89-41D3-9A0C-0305E82C3301';
      expect(value(parseFieldValue(field('REFERENCE'), id))).toBe(id.toLowerCase());
      expect(code(parseFieldValue(field('REFERENCE'), 'not-an-id'))).toBe('wrong_type');
    });
  });

  describe('JSON', () => {
    it('sends any valid JSON text as it is', () => {
      expect(value(parseFieldValue(field('JSON'), '{"a": [1, 2.50]}'))).toEqual(
        new RawJson('{"a": [1, 2.50]}'),
      );
      expect(value(parseFieldValue(field('JSON'), 'null'))).toEqual(new RawJson('null'));
    });
    it('reports text that does not parse', () => {
      expect(code(parseFieldValue(field('JSON'), '{a: 1}'))).toBe('invalid_json');
      expect(code(parseFieldValue(field('JSON'), '["\\u0000"]'))).toBe('invalid_character');
      expect(code(parseFieldValue(field('JSON', { required: true }), '   '))).toBe('required');
    });
  });
});

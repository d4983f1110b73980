import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal } from './format';

describe('locale formatting', () => {
  it('writes decimals the locale way without losing a digit', () => {
    expect(formatDecimal('12345678901234567890.123456789', 'en')).toBe(
      '12,345,678,901,234,567,890.123456789',
    );
    expect(formatDecimal('12345678901234567890.123456789', 'es')).toBe(
      '12.345.678.901.234.567.890,123456789',
    );
    expect(formatDecimal('19.990', 'es')).toBe('19,990');
    expect(formatDecimal('-0.10', 'en')).toBe('-0.10');
    expect(formatDecimal('9007199254740993', 'en')).toBe('9,007,199,254,740,993');
  });

  it('writes dates and instants per locale', () => {
    expect(formatDate('2026-01-24', 'en')).toBe('Jan 24, 2026');
    expect(formatDate('2026-01-24', 'es')).toBe('24 ene 2026');
    expect(formatDateTime('2026-01-24T10:30:15Z', 'es')).toBe('24 ene 2026, 10:30:15');
  });
});

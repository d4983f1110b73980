import { describe, expect, it } from 'vitest';
import { compareDecimal, normalizeDecimal, toPlainDecimal } from './decimal';

describe('decimal', () => {
  it('compares beyond double precision', () => {
    expect(compareDecimal('0.30000000000000000001', '0.3')).toBe(1);
    expect(compareDecimal('-1.5', '-1.50')).toBe(0);
    expect(compareDecimal('-2', '1')).toBe(-1);
    expect(compareDecimal('-0', '0')).toBe(0);
    expect(compareDecimal('10', '9.99')).toBe(1);
  });

  it('expands exponent notation', () => {
    expect(toPlainDecimal(1e21)).toBe('1000000000000000000000');
    expect(toPlainDecimal('1.5e-3')).toBe('0.0015');
  });

  it('normalizes without changing the value or the scale', () => {
    expect(normalizeDecimal('+007.50')).toBe('7.50');
    expect(normalizeDecimal('-0.0')).toBe('0.0');
  });
});

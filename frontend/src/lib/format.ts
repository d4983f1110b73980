import { decimalParts } from '@/features/records/decimal';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  const key = `n:${locale}`;
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(locale));
  return cache.get(key) as Intl.NumberFormat;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${locale}:${JSON.stringify(options)}`;
  if (!cache.has(key)) cache.set(key, new Intl.DateTimeFormat(locale, options));
  return cache.get(key) as Intl.DateTimeFormat;
}

function decimalSeparator(locale: string): string {
  return (
    numberFormat(locale)
      .formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

/**
 * An integer or decimal written the locale's way without ever becoming a binary float: the
 * integer part is grouped as a BigInt, the fraction digits are kept exactly as stored.
 */
export function formatDecimal(value: string | number, locale: string): string {
  const text = String(value).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return text;
  const { negative, integer, fraction: trimmed } = decimalParts(text);
  // Keep trailing zeros the server sent (19.990 stays 19.990): they carry the scale.
  const written = text.replace(/^[+-]/, '').split('.')[1];
  const fraction = written !== undefined && !/e/i.test(text) ? written : trimmed;
  const whole = numberFormat(locale).format(BigInt(integer || '0'));
  const sign = negative ? '-' : '';
  return fraction ? `${sign}${whole}${decimalSeparator(locale)}${fraction}` : `${sign}${whole}`;
}

/** A calendar date (YYYY-MM-DD) in the locale's order; it has no time zone to shift it. */
export function formatDate(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** An instant in the browser's zone, in the locale's words. */
export function formatDateTime(value: string, locale: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return value;
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(time);
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

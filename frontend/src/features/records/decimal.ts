// Exact decimal arithmetic on strings: values are never turned into binary floats.
const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d{1,3})?$/i;

export interface DecimalParts {
  negative: boolean;
  integer: string;
  fraction: string;
}

export function isDecimalText(text: string): boolean {
  return DECIMAL_PATTERN.test(text);
}

/** Expands exponent notation (as JavaScript prints large numbers) into plain digits. */
export function toPlainDecimal(value: number | string): string {
  const text = String(value).trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?e([+-]?\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', frac = '', exp = '0'] = match;
  const digits = whole + frac;
  const point = whole.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function decimalParts(text: string): DecimalParts {
  const plain = toPlainDecimal(text);
  const negative = plain.startsWith('-');
  const unsigned = plain.replace(/^[+-]/, '');
  const [integer = '', fraction = ''] = unsigned.split('.');
  const parts = {
    negative,
    integer: integer.replace(/^0+/, ''),
    fraction: fraction.replace(/0+$/, ''),
  };
  if (!parts.integer && !parts.fraction) parts.negative = false;
  return parts;
}

function compareMagnitude(a: DecimalParts, b: DecimalParts): number {
  if (a.integer.length !== b.integer.length) return a.integer.length < b.integer.length ? -1 : 1;
  if (a.integer !== b.integer) return a.integer < b.integer ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, '0');
  const fb = b.fraction.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimal(a: number | string, b: number | string): number {
  const pa = decimalParts(String(a));
  const pb = decimalParts(String(b));
  if (pa.negative !== pb.negative) return pa.negative ? -1 : 1;
  const magnitude = compareMagnitude(pa, pb);
  return pa.negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** Canonical text: no plus sign, no redundant leading zeros; keeps the scale as typed. */
export function normalizeDecimal(text: string): string {
  const trimmed = text.trim().replace(/^\+/, '');
  const negative = trimmed.startsWith('-');
  const unsigned = trimmed.replace(/^-/, '');
  const [integer = '', fraction] = unsigned.split('.');
  const whole = integer.replace(/^0+(?=\d)/, '') || '0';
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

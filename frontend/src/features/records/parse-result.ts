import type { PayloadValue } from './record-body';

/** A value ready to send, or the rule it breaks (with the server's snake_case code). */
export type ParseResult =
  { ok: true; value: PayloadValue } | { ok: false; code: string; message: string };

export const ok = (value: PayloadValue): ParseResult => ({ ok: true, value });

export const fail = (code: string, message: string): ParseResult => ({ ok: false, code, message });

/** JSON text sent as-is, so 64-bit integers and typed JSON keep every digit. */
export class RawJson {
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }
}

export type PayloadValue = null | string | boolean | RawJson;

/** Serialises a record body; empty (null) values are left out so server defaults apply. */
export function serializeRecord(values: Record<string, PayloadValue>): string {
  const members = Object.entries(values)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => {
      const json = value instanceof RawJson ? value.text : JSON.stringify(value);
      return `${JSON.stringify(name)}:${json}`;
    });
  return `{${members.join(',')}}`;
}

/** Serialises a partial update: only the given fields, a null clears the field. */
export function serializePatch(values: Record<string, PayloadValue>, names: string[]): string {
  const members = names
    .filter((name) => name in values)
    .map((name) => {
      const value = values[name] ?? null;
      const json = value instanceof RawJson ? value.text : JSON.stringify(value);
      return `${JSON.stringify(name)}:${json}`;
    });
  return `{${members.join(',')}}`;
}

/** A value about to be sent, as the JSON the server would store (for showing it). */
export function payloadJson(value: PayloadValue | undefined): unknown {
  if (value instanceof RawJson) {
    // Integers keep every digit as text; other JSON is parsed to be shown like stored values.
    return /^[+-]?\d+$/.test(value.text) ? value.text : JSON.parse(value.text);
  }
  return value ?? null;
}

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

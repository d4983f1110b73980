/** A stored instant (ISO-8601) as a `datetime-local` input shows it, in the browser's zone. */
export function isoToLocalInput(iso: string): string {
  const instant = new Date(iso);
  if (!iso || Number.isNaN(instant.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}:${pad(instant.getSeconds())}`
  );
}

/** A `datetime-local` value as the instant it names, in ISO-8601 UTC (empty when incomplete). */
export function localInputToIso(value: string): string {
  const instant = new Date(value);
  return !value || Number.isNaN(instant.getTime()) ? '' : instant.toISOString();
}

/** `in` values are entered one per line, so a value may hold a comma. */
export const linesToValues = (text: string) => text.split('\n');
export const valuesToLines = (values: string[]) => values.join('\n');

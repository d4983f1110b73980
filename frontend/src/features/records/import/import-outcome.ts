import { ApiError } from '@/lib/api-error';
import type { ImportOptions, ImportResult, ImportRowError } from '../api';

/** JSON by its name or type; anything else is sent as CSV, whose header row names the fields. */
export function contentTypeOf(file: { name: string; type: string }): ImportOptions['contentType'] {
  return file.type === 'application/json' || /\.json$/i.test(file.name)
    ? 'application/json'
    : 'text/csv';
}

function isRowError(value: unknown): value is ImportRowError {
  return Boolean(value) && typeof (value as ImportRowError).row === 'number';
}

export type ImportOutcome =
  | { kind: 'imported'; result: ImportResult }
  /** `atomic=true` and some rows were bad (422): nothing was written. */
  | { kind: 'refused'; result: ImportResult }
  | { kind: 'problem'; error: unknown };

/** What an import's answer means for the person who sent the file. */
export function importOutcome(result: ImportResult | undefined, error: unknown): ImportOutcome {
  if (result) return { kind: 'imported', result };
  if (error instanceof ApiError && error.status === 422) {
    const errors = (error.errors as unknown[]).filter(isRowError);
    if (errors.length > 0) {
      const failed = new Set(errors.map((e) => e.row)).size;
      return { kind: 'refused', result: { created: 0, failed, errors } };
    }
  }
  return { kind: 'problem', error };
}

/** Whole-number percent of the upload, 0 when the size is unknown. */
export function percentOf(sent: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((sent / total) * 100)) : 0;
}

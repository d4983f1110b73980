import type { ProblemFieldError } from '@/lib/api-error';

export interface MappedErrors {
  /** One message per form field (several problems with one field are joined). */
  byField: Record<string, { code: string; message: string }>;
  /** Problems that name no field of the form. */
  general: ProblemFieldError[];
}

/** The field a server error points at: `qty`, `values.qty`, `qty[0]` or `/qty` all mean qty. */
function resolveField(path: string, names: Map<string, string>): string | undefined {
  const candidates = [path, ...path.split(/[.[\]/]+/).filter(Boolean)];
  for (const candidate of candidates) {
    const name = names.get(candidate.toLowerCase());
    if (name) return name;
  }
  return undefined;
}

/** Maps a problem's `errors[]` onto the generated form's fields. */
export function mapServerErrors(
  fieldNames: string[],
  errors: ProblemFieldError[],
  describe: (error: ProblemFieldError) => string = (error) => error.message,
): MappedErrors {
  const names = new Map(fieldNames.map((name) => [name.toLowerCase(), name]));
  const mapped: MappedErrors = { byField: {}, general: [] };
  for (const error of errors) {
    const name = error.field ? resolveField(error.field, names) : undefined;
    if (!name) {
      mapped.general.push(error);
      continue;
    }
    const previous = mapped.byField[name];
    mapped.byField[name] = previous
      ? { code: previous.code, message: `${previous.message}; ${describe(error)}` }
      : { code: error.code, message: describe(error) };
  }
  return mapped;
}

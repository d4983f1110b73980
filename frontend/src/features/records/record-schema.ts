import * as z from 'zod/mini';
import type { PayloadValue } from './record-body';
import type { Field } from '@/features/entities/api';
import { parseFieldValue, type FormValue } from './field-values';

const formValue = z.union([z.string(), z.boolean(), z.null(), z.undefined()]);

/** A zod schema that checks one generated input and outputs the value to send. */
export function fieldSchema(field: Field) {
  return z.pipe(
    formValue,
    z.transform((raw: FormValue, ctx): PayloadValue => {
      const result = parseFieldValue(field, raw);
      if (result.ok) return result.value;
      ctx.issues.push({
        code: 'custom',
        message: result.message,
        input: raw,
        params: { code: result.code },
      });
      return z.NEVER;
    }),
  );
}

/** The schema of a whole record form, keyed by field name. */
export function recordSchema(fields: Field[]) {
  return z.object(Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field)])));
}

export type RecordFormInput = z.input<ReturnType<typeof recordSchema>>;
export type RecordFormOutput = z.output<ReturnType<typeof recordSchema>>;

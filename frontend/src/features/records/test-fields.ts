import type { Field, FieldType } from '@/features/entities/api';

/** A field of the given type with the given rules, for tests. */
export function field(type: FieldType, rules: Partial<Field> = {}): Field {
  return { id: `id-${type.toLowerCase()}`, name: type.toLowerCase(), type, ...rules };
}

import type { EntityDetail, Field } from '@/features/entities/api';
import type { EntityRecord } from './api';

/** The field that names an entity's records: its first TEXT field, required ones first. */
export function labelField(entity: Pick<EntityDetail, 'fields'>): Field | undefined {
  const text = entity.fields.filter((field) => field.type === 'TEXT');
  return text.find((field) => field.required) ?? text[0];
}

/** A record's label: the value of its entity's label field, else its id. */
export function recordLabel(
  entity: Pick<EntityDetail, 'fields'> | undefined,
  record: EntityRecord,
) {
  const field = entity && labelField(entity);
  const value = field ? record[field.name] : undefined;
  return typeof value === 'string' && value.trim() ? value : record.id;
}

/** Locale-aware, case- and accent-insensitive "contains", for searching labels. */
export function labelMatches(label: string, query: string, locale: string): boolean {
  const fold = (text: string) =>
    text
      .toLocaleLowerCase(locale)
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '');
  return fold(label).includes(fold(query.trim()));
}

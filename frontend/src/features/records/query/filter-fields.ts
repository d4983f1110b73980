import type { EntityDetail, FieldType } from '@/features/entities/api';
import { fieldLabel } from '../field-inputs';

/** A field as the list query sees it: the entity's own, or a system field (`id` is a UUID). */
export type FilterType = FieldType | 'ID';

export interface FilterableField {
  name: string;
  label: string;
  type: FilterType;
  options?: string[];
  reference?: string;
}

export type SystemLabels = Record<
  'id' | 'version' | 'created_at' | 'updated_at' | 'created_by' | 'updated_by',
  string
>;

const SYSTEM_TYPES: Record<keyof SystemLabels, FilterType> = {
  id: 'ID',
  version: 'INTEGER',
  created_at: 'DATETIME',
  updated_at: 'DATETIME',
  created_by: 'EMAIL',
  updated_by: 'EMAIL',
};

/** Every field a view can filter or sort on: the entity's fields in schema order, then the system ones. */
export function filterableFields(entity: EntityDetail, system: SystemLabels): FilterableField[] {
  const own = entity.fields.map((field) => ({
    name: field.name,
    label: fieldLabel(field),
    type: field.type,
    options: field.options,
    reference: field.reference,
  }));
  const systemFields = (Object.keys(SYSTEM_TYPES) as (keyof SystemLabels)[]).map((name) => ({
    name,
    label: system[name],
    type: SYSTEM_TYPES[name],
  }));
  return [...own, ...systemFields];
}

import { createColumnHelper } from '@tanstack/react-table';
import { createElement } from 'react';
import type { EntityDetail, Field, FieldType } from '@/features/entities/api';
import { compareDecimal } from '../decimal';
import type { EntityRecord } from '../api';
import { fieldLabel } from '../field-inputs';
import { labelField } from '../record-label';
import { CellValue } from './CellValue';
import type { GridFeatures } from './grid-features';

const helper = createColumnHelper<GridFeatures, EntityRecord>();

/** Column widths by type, in px: enough for a typical value, resizable by the user. */
const WIDTH: Record<FieldType | 'SYSTEM', number> = {
  TEXT: 180,
  LONG_TEXT: 240,
  INTEGER: 110,
  DECIMAL: 130,
  BOOLEAN: 90,
  DATE: 130,
  DATETIME: 200,
  EMAIL: 200,
  URL: 200,
  ENUM: 120,
  REFERENCE: 180,
  JSON: 220,
  SYSTEM: 200,
};

type Labels = Map<string, Map<string, string>>;
type Value = string | number | boolean | undefined;

function sortKey(field: Field, value: unknown, labels: Labels): Value {
  if (value === null || value === undefined) return undefined;
  if (field.type === 'REFERENCE') {
    return labels.get(field.reference ?? '')?.get(String(value)) ?? String(value);
  }
  if (field.type === 'JSON') return JSON.stringify(value);
  return value as Value;
}

function compare(type: FieldType, a: Value, b: Value, locale: string): number {
  if (type === 'INTEGER' || type === 'DECIMAL') return compareDecimal(String(a), String(b));
  if (type === 'BOOLEAN') return Number(a) - Number(b);
  if (type === 'DATE' || type === 'DATETIME') return String(a) < String(b) ? -1 : a === b ? 0 : 1;
  return String(a).localeCompare(String(b), locale, { sensitivity: 'base', numeric: true });
}

interface ColumnsOptions {
  entity: EntityDetail;
  labels: Labels;
  locale: string;
  headers: { createdAt: string; createdBy: string };
}

/** One column per field plus two system columns, each with a typed renderer and comparator. */
export function gridColumns(options: ColumnsOptions) {
  const { entity, labels, locale, headers } = options;
  const titleField = labelField(entity);
  const fieldColumns = entity.fields.map((field) =>
    helper.accessor((record) => sortKey(field, record[field.name], labels), {
      id: field.name,
      header: fieldLabel(field),
      size: WIDTH[field.type],
      minSize: 60,
      sortUndefined: 'last',
      sortFn: (a, b, id) =>
        compare(field.type, a.getValue<Value>(id), b.getValue<Value>(id), locale),
      cell: (context) =>
        createElement(CellValue, {
          field,
          value: context.row.original[field.name],
          record: context.row.original,
          entityId: entity.id,
          labels: labels.get(field.reference ?? ''),
          isTitle: field.id === titleField?.id,
        }),
    }),
  );
  const system = (name: 'created_at' | 'created_by', header: string, type: FieldType) =>
    helper.accessor((record): Value => record[name] as string, {
      id: name,
      header,
      size: WIDTH.SYSTEM,
      minSize: 60,
      cell: (context) =>
        createElement(CellValue, {
          field: { id: name, name, type },
          value: context.row.original[name],
          record: context.row.original,
          entityId: entity.id,
          isTitle: false,
        }),
    });
  return helper.columns([
    ...fieldColumns,
    system('created_at', headers.createdAt, 'DATETIME'),
    system('created_by', headers.createdBy, 'EMAIL'),
  ]);
}

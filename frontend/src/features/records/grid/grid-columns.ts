import { createColumnHelper } from '@tanstack/react-table';
import { createElement } from 'react';
import type { EntityDetail, FieldType } from '@/features/entities/api';
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
type Value = unknown;

interface ColumnsOptions {
  entity: EntityDetail;
  labels: Labels;
  headers: { createdAt: string; createdBy: string };
}

/**
 * One column per field plus two system columns, each with a typed renderer. The server sorts
 * (API.md `sort`), so a column only says whether it can be sorted: JSON values have no order.
 */
export function gridColumns(options: ColumnsOptions) {
  const { entity, labels, headers } = options;
  const titleField = labelField(entity);
  const fieldColumns = entity.fields.map((field) =>
    helper.accessor((record): Value => record[field.name], {
      id: field.name,
      header: fieldLabel(field),
      size: WIDTH[field.type],
      minSize: 60,
      enableSorting: field.type !== 'JSON',
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
    helper.accessor((record): Value => record[name], {
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

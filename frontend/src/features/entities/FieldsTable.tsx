import { EmptyState } from '@/components/Status';
import { ruleHints } from '@/features/records/field-inputs';
import type { EntitySummary, Field } from './api';

interface FieldsTableProps {
  fields: Field[];
  entities: EntitySummary[];
}

export function FieldsTable({ fields, entities }: FieldsTableProps) {
  if (fields.length === 0) return <EmptyState>No fields yet. Add one below.</EmptyState>;
  const entityName = (id?: string) => entities.find((entity) => entity.id === id)?.name ?? id;
  return (
    <table>
      <caption>Fields</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Rules</th>
          <th scope="col">Default</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.id}>
            <td>
              {field.name}
              {field.displayName && <small className="muted"> ({field.displayName})</small>}
            </td>
            <td>{field.type}</td>
            <td>
              {[
                ...ruleHints(field),
                ...(field.options ? [`options: ${field.options.join(', ')}`] : []),
                ...(field.reference ? [`→ ${entityName(field.reference)}`] : []),
              ].join(' · ')}
            </td>
            <td>{field.defaultValue === undefined ? '' : JSON.stringify(field.defaultValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

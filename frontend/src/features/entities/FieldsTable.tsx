import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/ScrollRegion';
import { EmptyState } from '@/components/Status';
import { ruleHints } from '@/features/records/field-inputs';
import { labelField } from '@/features/records/record-label';
import type { EntityDetail, EntitySummary, Field } from './api';

interface FieldsTableProps {
  entity: EntityDetail;
  entities: EntitySummary[];
  canDesign: boolean;
  /** The designer's row actions; without them the table is read-only. */
  onEdit?: (field: Field) => void;
  onRemove?: (field: Field) => void;
}

export function FieldsTable({ entity, entities, canDesign, onEdit, onRemove }: FieldsTableProps) {
  const { t } = useTranslation();
  const { fields } = entity;
  if (fields.length === 0) {
    return <EmptyState title={canDesign ? t('fields.empty') : t('fields.emptyUser')} />;
  }
  const entityName = (id?: string) => entities.find((item) => item.id === id)?.name ?? id;
  const label = labelField(entity);
  return (
    <ScrollRegion label={t('fields.caption')}>
      <table>
        <caption>{t('fields.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.type')}</th>
            <th scope="col">{t('fields.rules')}</th>
            <th scope="col">{t('fields.default')}</th>
            {onEdit && <th scope="col">{t('designer.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.id}>
              <td>
                {field.name}
                {field.displayName && <small className="muted"> ({field.displayName})</small>}
                {field.id === label?.id && (
                  <span className="tag subtle"> {t('fields.labelField')}</span>
                )}
              </td>
              <td>{t(`fieldTypes.${field.type}`)}</td>
              <td>
                {[
                  ...ruleHints(field),
                  ...(field.options
                    ? [t('rules.options', { value: field.options.join(', ') })]
                    : []),
                  ...(field.reference
                    ? [t('rules.reference', { value: entityName(field.reference) })]
                    : []),
                ].join(' · ')}
              </td>
              <td>{field.defaultValue === undefined ? '' : JSON.stringify(field.defaultValue)}</td>
              {onEdit && (
                <td>
                  <div className="actions">
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('designer.editFieldNamed', { name: field.name })}
                      onClick={() => onEdit(field)}
                    >
                      {t('designer.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('designer.removeFieldNamed', { name: field.name })}
                      onClick={() => onRemove?.(field)}
                    >
                      {t('designer.remove')}
                    </button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/ScrollRegion';
import { ruleHints } from '@/features/records/field-inputs';
import type { EntityDetail, Field } from '../api';
import { diffFields, type FieldDiff } from './schema-diff';

function FieldCell({ field, diff }: { field?: Field; diff: FieldDiff }) {
  const { t } = useTranslation();
  if (!field) return <td className="muted">{t('diff.absent')}</td>;
  const rules = [
    ...ruleHints(field),
    ...(field.options ? [t('rules.options', { value: field.options.join(', ') })] : []),
    ...(field.defaultValue !== undefined && field.defaultValue !== null
      ? [t('diff.default', { value: JSON.stringify(field.defaultValue) })]
      : []),
  ];
  return (
    <td>
      <strong>{field.name}</strong>
      {field.displayName && <small className="muted"> ({field.displayName})</small>}
      <br />
      {t(`fieldTypes.${field.type}`)}
      {rules.length > 0 && <small className="muted"> · {rules.join(' · ')}</small>}
      {diff.changed.length > 0 && (
        <>
          <br />
          <small>{t('diff.changedKeys', { keys: diff.changed.join(', ') })}</small>
        </>
      )}
    </td>
  );
}

/** Two versions of a schema side by side, a row per field id, what changed marked. */
export function SchemaDiff({ left, right }: { left: EntityDetail; right: EntityDetail }) {
  const { t } = useTranslation();
  const rows = diffFields(left, right);
  const caption = t('diff.caption', { left: left.schemaVersion, right: right.schemaVersion });
  return (
    <ScrollRegion label={caption}>
      <table className="schema-diff">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diff.status')}</th>
            <th scope="col">{t('history.version', { version: left.schemaVersion })}</th>
            <th scope="col">{t('history.version', { version: right.schemaVersion })}</th>
          </tr>
        </thead>
        <tbody>
          {left.name !== right.name && (
            <tr className="diff-renamed">
              <th scope="row">{t('diff.statuses.entityRenamed')}</th>
              <td>{left.name}</td>
              <td>{right.name}</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.id} className={`diff-${row.status}`} data-testid={`diff-${row.status}`}>
              <th scope="row">{t(`diff.statuses.${row.status}`)}</th>
              <FieldCell field={row.left} diff={row} />
              <FieldCell field={row.right} diff={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollRegion } from '@/components/ScrollRegion';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import type { EntityDetail, Field } from '@/features/entities/api';
import { formatDateTime } from '@/lib/format';
import type { HistoryEntry } from '../api';
import { fieldLabel } from '../field-inputs';
import { formatValue } from '../format-value';
import { useRecordHistory } from '../hooks';

interface RecordHistoryProps {
  entity: EntityDetail;
  recordId: string;
}

/** Changes name fields by name; a field renamed or removed since is found by id, or shown raw. */
function fieldFor(entity: EntityDetail, key: string): Field | undefined {
  return entity.fields.find((field) => field.name === key || field.id === key);
}

function ChangeValue({ field, value }: { field?: Field; value: unknown }) {
  const { t, i18n } = useTranslation();
  if (value === null || value === undefined)
    return <span className="muted">{t('records.emptyValue')}</span>;
  if (!field) return <code>{JSON.stringify(value)}</code>;
  return <>{formatValue(field.type, value, i18n.language)}</>;
}

function Changes({ entity, entry }: { entity: EntityDetail; entry: HistoryEntry }) {
  const { t } = useTranslation();
  const changes = Object.entries(entry.changes ?? {});
  if (changes.length === 0) return null;
  const caption = t('history.changesOf', { version: entry.version });
  return (
    <ScrollRegion label={caption}>
      <table className="changes">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.field')}</th>
            <th scope="col">{t('history.from')}</th>
            <th scope="col">{t('history.to')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map(([key, change]) => {
            const field = fieldFor(entity, key);
            return (
              <tr key={key}>
                <th scope="row">
                  {field ? fieldLabel(field) : key}
                  {!field && <small className="muted"> {t('history.notInSchema')}</small>}
                </th>
                <td>
                  <ChangeValue field={field} value={change.from} />
                </td>
                <td>
                  <ChangeValue field={field} value={change.to} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Every version of the record, newest first: who, when, what and each field's from → to. */
export function RecordHistory({ entity, recordId }: RecordHistoryProps) {
  const { t, i18n } = useTranslation();
  const history = useRecordHistory(entity.id, recordId);
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">{t('history.title')}</h2>
      {history.isPending ? (
        <Loading label={t('history.loading')} />
      ) : history.isError ? (
        <ErrorAlert error={history.error} retry={history.refetch} />
      ) : history.data.length === 0 ? (
        <EmptyState title={t('history.empty')} />
      ) : (
        <ol className="timeline" reversed>
          {[...history.data].reverse().map((entry) => (
            <li key={entry.version} data-testid={`history-${entry.version}`}>
              <h3>
                {t('history.version', { version: entry.version })} ·{' '}
                {t(`history.events.${entry.eventType}`, { defaultValue: entry.eventType })}
              </h3>
              <p className="muted">
                {t('history.byAt', {
                  who: entry.user?.email ?? t('history.unknownUser'),
                  when: formatDateTime(entry.timestamp, i18n.language),
                })}
                {entry.requestId && (
                  <>
                    {' · '}
                    <small>{t('common.requestId', { id: entry.requestId })}</small>
                  </>
                )}
              </p>
              <Changes entity={entity} entry={entry} />
              <Link to={`?version=${entry.version}`}>
                {t('history.viewVersion', { version: entry.version })}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

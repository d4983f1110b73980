import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/ScrollRegion';
import { formatDateTime } from '@/lib/format';
import type { AuditRow } from './api';

function Row({ row }: { row: AuditRow }) {
  const { t, i18n } = useTranslation();
  return (
    <tr data-position={row.position}>
      <td className="nowrap">
        <time dateTime={row.timestamp}>{formatDateTime(row.timestamp, i18n.language)}</time>
      </td>
      <td>
        <span className="tag subtle">
          {t(`audit.types.${row.eventType}`, { defaultValue: row.eventType })}
        </span>
      </td>
      <td className="audit-summary">
        {row.summary}
        <details>
          <summary>{t('audit.details')}</summary>
          <dl className="audit-details">
            <dt>{t('audit.position')}</dt>
            <dd>{row.position}</dd>
            <dt>{t('audit.requestId')}</dt>
            <dd>
              <code>{row.requestId ?? '—'}</code>
            </dd>
            <dt>{t('audit.clientAddress')}</dt>
            <dd>{row.clientAddress ?? '—'}</dd>
            <dt>{t('audit.aggregate')}</dt>
            <dd>
              <code>
                {row.aggregateType} {row.aggregateId}
              </code>
            </dd>
          </dl>
          <pre className="audit-payload">{JSON.stringify(row.payload, null, 2)}</pre>
        </details>
      </td>
      <td>
        {row.user.email ?? '—'}{' '}
        {row.role && (
          <span className="tag">{t(`roles.${row.role}`, { defaultValue: row.role })}</span>
        )}
      </td>
    </tr>
  );
}

/** The trail as a table, newest first; details and payload fold out per row. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={t('audit.caption')}>
      <table className="audit">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.event')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.who')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.position} row={row} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

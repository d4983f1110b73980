import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormField } from '@/components/FormField';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import { formatDateTime } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useCan } from '@/lib/use-session';
import type { EntityDetail, SchemaVersion } from '../api';
import { useEntity, useSchemaAt, useSchemaVersions } from '../hooks';
import { RollbackPanel } from './RollbackPanel';
import { SchemaDiff } from './SchemaDiff';

function VersionSelect({
  label,
  value,
  latest,
  onChange,
}: {
  label: string;
  value: number;
  latest: number;
  onChange: (version: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormField label={label}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {Array.from({ length: latest }, (_, index) => latest - index).map((number) => (
            <option key={number} value={number}>
              {t('history.version', { version: number })}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

function Timeline({ versions }: { versions: SchemaVersion[] }) {
  const { t, i18n } = useTranslation();
  if (versions.length === 0) return <EmptyState title={t('schemaHistory.empty')} />;
  return (
    <ol className="timeline" reversed aria-label={t('schemaHistory.timeline')}>
      {[...versions].reverse().map((entry) => (
        <li key={entry.version} data-testid={`schema-version-${entry.version}`}>
          <h3>
            {t('history.version', { version: entry.version })} · {entry.change}
          </h3>
          <p className="muted">
            {t('history.byAt', {
              who: entry.user?.email ?? t('history.unknownUser'),
              when: formatDateTime(entry.timestamp, i18n.language),
            })}{' '}
            · <code>{entry.eventType}</code>
          </p>
        </li>
      ))}
    </ol>
  );
}

function Compare({ entity }: { entity: EntityDetail }) {
  const { t } = useTranslation();
  const latest = entity.schemaVersion;
  const [left, setLeft] = useState(Math.max(1, latest - 1));
  const [right, setRight] = useState(latest);
  const leftDoc = useSchemaAt(entity.id, left);
  const rightDoc = useSchemaAt(entity.id, right);
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('diff.title')}</h2>
      <div className="row">
        <VersionSelect label={t('diff.left')} value={left} latest={latest} onChange={setLeft} />
        <VersionSelect label={t('diff.right')} value={right} latest={latest} onChange={setRight} />
      </div>
      {leftDoc.isError ? (
        <ErrorAlert error={leftDoc.error} retry={leftDoc.refetch} />
      ) : rightDoc.isError ? (
        <ErrorAlert error={rightDoc.error} retry={rightDoc.refetch} />
      ) : leftDoc.data && rightDoc.data ? (
        <SchemaDiff left={leftDoc.data} right={rightDoc.data} />
      ) : (
        <Loading label={t('diff.loading')} />
      )}
    </section>
  );
}

/** Every version of an entity's schema: the timeline, a diff of any two, and rollback. */
export function SchemaHistoryPage() {
  const { t } = useTranslation();
  const { entityId = '' } = useParams();
  const entity = useEntity(entityId);
  const versions = useSchemaVersions(entityId);
  const canDesign = useCan('designSchema');
  const name = entity.data ? entity.data.displayName || entity.data.name : undefined;
  usePageTitle(name && t('schemaHistory.title', { name }));

  if (entity.isPending) return <Loading label={t('entity.loading')} lines={6} />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;

  const { data } = entity;
  return (
    <div className="columns">
      <section aria-labelledby="schema-history-title">
        <p>
          <Link to={`/entities/${data.id}`}>{t('records.back', { name: data.name })}</Link>
        </p>
        <h1 id="schema-history-title">{t('schemaHistory.title', { name })}</h1>
        <Compare key={data.schemaVersion} entity={data} />
        <section aria-labelledby="versions-title">
          <h2 id="versions-title">{t('schemaHistory.versions')}</h2>
          {versions.isPending ? (
            <Loading label={t('schemaHistory.loading')} />
          ) : versions.isError ? (
            <ErrorAlert error={versions.error} retry={versions.refetch} />
          ) : (
            <Timeline versions={versions.data} />
          )}
        </section>
      </section>
      {canDesign && <RollbackPanel entity={data} />}
    </div>
  );
}

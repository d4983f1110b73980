import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/Status';
import { formatCount } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useRole } from '@/lib/use-session';
import { AddFieldForm } from './AddFieldForm';
import { FieldsTable } from './FieldsTable';
import { useEntities, useEntity } from './hooks';

export function EntityPage() {
  const { t, i18n } = useTranslation();
  const { entityId = '' } = useParams();
  const entity = useEntity(entityId);
  const entities = useEntities();
  const canDesign = useRole() === 'ADMIN';
  usePageTitle(entity.data ? entity.data.displayName || entity.data.name : undefined);

  if (entity.isPending) return <Loading label={t('entity.loading')} lines={6} />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;

  const { data } = entity;
  return (
    <div className="columns">
      <section aria-labelledby="entity-title">
        <p>
          <Link to="/entities">{t('entity.back')}</Link>
        </p>
        <h1 id="entity-title">{data.displayName || data.name}</h1>
        <dl className="facts">
          <dt>{t('entity.name')}</dt>
          <dd>{data.name}</dd>
          <dt>{t('entity.schemaVersion')}</dt>
          <dd data-testid="schema-version">{formatCount(data.schemaVersion, i18n.language)}</dd>
          <dt>{t('entity.table')}</dt>
          <dd>
            <code>{data.tableName}</code>
          </dd>
          {data.archived && (
            <>
              <dt>{t('entity.status')}</dt>
              <dd>{t('entity.archived')}</dd>
            </>
          )}
        </dl>
        {data.description && <p>{data.description}</p>}
        <p>
          <Link to={`/entities/${data.id}/records`} className="button">
            {t('entity.openRecords')}
          </Link>
        </p>
        <FieldsTable entity={data} entities={entities.data ?? []} canDesign={canDesign} />
      </section>
      {canDesign && <AddFieldForm entityId={data.id} entities={entities.data ?? []} />}
    </div>
  );
}

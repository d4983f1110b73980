import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/Status';
import { useEntity } from '@/features/entities/hooks';
import { usePageTitle } from '@/lib/use-page-title';
import { useCan } from '@/lib/use-session';
import { RecordGrid } from './grid/RecordGrid';

export function RecordsPage() {
  const { t } = useTranslation();
  const { entityId = '' } = useParams();
  const saved = (useLocation().state as { savedId?: string } | null)?.savedId;
  const entity = useEntity(entityId);
  const canWrite = useCan('writeRecords');
  const name = entity.data ? entity.data.displayName || entity.data.name : undefined;
  usePageTitle(name && t('records.title', { name }));

  if (entity.isPending) return <Loading label={t('entity.loading')} lines={8} />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;

  const { data } = entity;
  return (
    <section aria-labelledby="records-title">
      <p>
        <Link to={`/entities/${data.id}`}>{t('records.back', { name: data.name })}</Link>
      </p>
      <div className="title-row">
        <h1 id="records-title">{t('records.title', { name })}</h1>
        {canWrite && data.fields.length > 0 && (
          <Link to={`/entities/${data.id}/records/new`} className="button">
            {t('records.new')}
          </Link>
        )}
      </div>
      {data.fields.length === 0 && <p className="muted">{t('records.noFields')}</p>}
      <RecordGrid entity={data} highlightId={saved} canWrite={canWrite} />
    </section>
  );
}

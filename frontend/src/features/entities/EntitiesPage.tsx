import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollRegion } from '@/components/ScrollRegion';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import { formatCount } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useRole } from '@/lib/use-session';
import { CreateEntityForm } from './CreateEntityForm';
import { useEntities } from './hooks';

function EntityList({ canDesign }: { canDesign: boolean }) {
  const { t, i18n } = useTranslation();
  const entities = useEntities();
  if (entities.isPending) return <Loading label={t('entities.loading')} lines={4} />;
  if (entities.isError) return <ErrorAlert error={entities.error} retry={entities.refetch} />;
  if (entities.data.length === 0) {
    return (
      <EmptyState title={t('entities.empty')}>
        {canDesign ? t('entities.emptyAdmin') : t('entities.emptyUser')}
      </EmptyState>
    );
  }
  return (
    <ScrollRegion label={t('entities.caption')}>
      <table>
        <caption>{t('entities.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entities.name')}</th>
            <th scope="col">{t('entities.displayName')}</th>
            <th scope="col" className="number">
              {t('entities.schemaVersion')}
            </th>
            <th scope="col">{t('entities.records')}</th>
          </tr>
        </thead>
        <tbody>
          {entities.data.map((entity) => (
            <tr key={entity.id}>
              <td>
                <Link to={`/entities/${entity.id}`}>{entity.name}</Link>
              </td>
              <td>{entity.displayName ?? ''}</td>
              <td className="number">{formatCount(entity.schemaVersion, i18n.language)}</td>
              <td>
                <Link
                  to={`/entities/${entity.id}/records`}
                  aria-label={t('entities.recordsOf', { name: entity.name })}
                >
                  {t('entities.records')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function EntitiesPage() {
  const { t } = useTranslation();
  const canDesign = useRole() === 'ADMIN';
  usePageTitle(t('entities.title'));
  return (
    <div className="columns">
      <section aria-labelledby="entities-title">
        <h1 id="entities-title">{t('entities.title')}</h1>
        <EntityList canDesign={canDesign} />
      </section>
      {canDesign && <CreateEntityForm />}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormField } from '@/components/FormField';
import { ScrollRegion } from '@/components/ScrollRegion';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import { formatCount } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useCan } from '@/lib/use-session';
import { CreateEntityForm } from './CreateEntityForm';
import { useEntities } from './hooks';

function EntityList({ canDesign, archived }: { canDesign: boolean; archived: boolean }) {
  const { t, i18n } = useTranslation();
  const entities = useEntities(archived);
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
                {entity.archived && <span className="tag subtle"> {t('entity.archived')}</span>}
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
  const canDesign = useCan('designSchema');
  // In the address, so "show archived" survives a reload and can be shared.
  const [search, setSearch] = useSearchParams();
  const archived = search.get('archived') === 'true';
  usePageTitle(t('entities.title'));
  return (
    <div className="columns">
      <section aria-labelledby="entities-title">
        <h1 id="entities-title">{t('entities.title')}</h1>
        <FormField label={t('entities.showArchived')} inline>
          {(props) => (
            <input
              {...props}
              type="checkbox"
              checked={archived}
              onChange={(event) =>
                setSearch(event.target.checked ? { archived: 'true' } : {}, { replace: true })
              }
            />
          )}
        </FormField>
        <EntityList canDesign={canDesign} archived={archived} />
      </section>
      {canDesign && <CreateEntityForm />}
    </div>
  );
}

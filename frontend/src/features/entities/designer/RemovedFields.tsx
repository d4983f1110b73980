import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/ScrollRegion';
import { ErrorAlert, Loading } from '@/components/Status';
import { useEntityWithRemoved } from '../hooks';
import type { Designer } from './use-designer';

/** Removed fields, listed apart: each keeps its values in the history and can come back. */
export function RemovedFields({ entityId, designer }: { entityId: string; designer: Designer }) {
  const { t } = useTranslation();
  const entity = useEntityWithRemoved(entityId);
  if (entity.isPending) return <Loading label={t('designer.loadingRemoved')} />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;
  const removed = entity.data.fields.filter((field) => field.removed);
  return (
    <section aria-labelledby="removed-fields-title">
      <h2 id="removed-fields-title">{t('designer.removedFields')}</h2>
      {removed.length === 0 ? (
        <p className="muted">{t('designer.noRemoved')}</p>
      ) : (
        <ScrollRegion label={t('designer.removedFields')}>
          <table>
            <caption className="visually-hidden">{t('designer.removedFields')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.type')}</th>
                <th scope="col">{t('designer.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {removed.map((field) => (
                <tr key={field.id}>
                  <td>{field.name}</td>
                  <td>{t(`fieldTypes.${field.type}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={designer.busy}
                      aria-label={t('designer.restoreFieldNamed', { name: field.name })}
                      onClick={() =>
                        designer.send(
                          { kind: 'restoreField', field: field.id },
                          {
                            success: (result: { schemaVersion: number }) =>
                              t('designer.fieldRestored', {
                                name: field.name,
                                version: result.schemaVersion,
                              }),
                          },
                        )
                      }
                    >
                      {t('designer.restoreField')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

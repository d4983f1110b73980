import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert, Loading } from '@/components/Status';
import { formatCount } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useCan } from '@/lib/use-session';
import { AddFieldForm } from './AddFieldForm';
import type { EntityDetail, Field } from './api';
import { EntityDetailsForm } from './designer/EntityDetailsForm';
import { FieldEditor } from './designer/FieldEditor';
import { RemovedFields } from './designer/RemovedFields';
import { StaleNotice } from './designer/StaleNotice';
import { useDesigner } from './designer/use-designer';
import { FieldsTable } from './FieldsTable';
import { useEntities, useEntity } from './hooks';

type Pending = { kind: 'removeField'; field: Field } | { kind: 'archive' } | null;

/** The admin's side of the entity page: every schema change, each based on this version. */
function Designer({ entity }: { entity: EntityDetail }) {
  const { t } = useTranslation();
  const entities = useEntities();
  const designer = useDesigner(entity.id, entity.schemaVersion);
  const [editing, setEditing] = useState<Field | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const version = (result: { schemaVersion: number }) => result.schemaVersion;

  const confirm = () => {
    if (!pending) return;
    if (pending.kind === 'archive') {
      designer.send(
        { kind: 'archiveEntity' },
        {
          success: (result: { schemaVersion: number }) =>
            t('designer.archived', { name: entity.name, version: version(result) }),
          onSettled: () => setPending(null),
        },
      );
      return;
    }
    const { field } = pending;
    designer.send(
      { kind: 'removeField', field: field.id },
      {
        success: (result: { schemaVersion: number }) =>
          t('designer.fieldRemoved', { name: field.name, version: version(result) }),
        onSettled: () => setPending(null),
      },
    );
  };
  const restore = () =>
    designer.send(
      { kind: 'restoreEntity' },
      {
        success: (result: { schemaVersion: number }) =>
          t('designer.restored', { name: entity.name, version: version(result) }),
      },
    );

  return (
    <>
      <StaleNotice designer={designer} />
      <div className="actions">
        <Link to={`/entities/${entity.id}/schema`} className="button">
          {t('designer.versions')}
        </Link>
        {entity.archived ? (
          <button type="button" onClick={restore} disabled={designer.busy}>
            {t('designer.restoreEntity')}
          </button>
        ) : (
          <button type="button" className="danger" onClick={() => setPending({ kind: 'archive' })}>
            {t('designer.archiveEntity')}
          </button>
        )}
      </div>
      <FieldsTable
        entity={entity}
        entities={entities.data ?? []}
        canDesign
        onEdit={setEditing}
        onRemove={(field) => setPending({ kind: 'removeField', field })}
      />
      {editing && (
        <FieldEditor
          key={`${editing.id}-${entity.schemaVersion}`}
          field={entity.fields.find((field) => field.id === editing.id) ?? editing}
          entities={entities.data ?? []}
          designer={designer}
          onClose={() => setEditing(null)}
        />
      )}
      <RemovedFields entityId={entity.id} designer={designer} />
      <EntityDetailsForm entity={entity} designer={designer} />
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'removeField'
            ? t('designer.removeTitle', { name: pending.field.name })
            : t('designer.archiveTitle', { name: entity.name })
        }
        body={
          pending?.kind === 'removeField'
            ? t('designer.removeBody', { name: pending.field.name })
            : t('designer.archiveBody', { name: entity.name })
        }
        confirmLabel={
          pending?.kind === 'removeField' ? t('designer.remove') : t('designer.archiveEntity')
        }
        busy={designer.busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </>
  );
}

export function EntityPage() {
  const { t, i18n } = useTranslation();
  const { entityId = '' } = useParams();
  const entity = useEntity(entityId);
  const entities = useEntities();
  const canDesign = useCan('designSchema');
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
        {canDesign ? (
          <Designer entity={data} />
        ) : (
          <>
            <p>
              <Link to={`/entities/${data.id}/schema`}>{t('designer.versions')}</Link>
            </p>
            <FieldsTable entity={data} entities={entities.data ?? []} canDesign={false} />
          </>
        )}
      </section>
      {canDesign && !data.archived && (
        <AddFieldForm entityId={data.id} entities={entities.data ?? []} />
      )}
    </div>
  );
}

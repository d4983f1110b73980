import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert, Loading } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import type { EntityDetail, Field } from '@/features/entities/api';
import { useEntity } from '@/features/entities/hooks';
import { problemTitle } from '@/lib/problem-text';
import { ApiError } from '@/lib/api-error';
import { usePageTitle } from '@/lib/use-page-title';
import { useCan } from '@/lib/use-session';
import { restoreRecord, type EntityRecord, type RecordPoint } from './api';
import { fieldLabel } from './field-inputs';
import { CellValue } from './grid/CellValue';
import { RecordHistory } from './history/RecordHistory';
import { TimeTravel } from './history/TimeTravel';
import { pointFromSearch } from './history/past-point';
import {
  useDeleteRecord,
  usePastRecord,
  useRecord,
  useRecordIndex,
  useRestoreRecord,
} from './hooks';
import { recordLabel } from './record-label';
import { formatValue } from './format-value';
import { formatDateTime } from '@/lib/format';
import { SYSTEM_FIELDS } from './api';

function ReferenceValue({
  field,
  value,
  entityId,
  record,
}: {
  field: Field;
  value: unknown;
  entityId: string;
  record: EntityRecord;
}) {
  const index = useRecordIndex(value ? field.reference : undefined);
  return (
    <CellValue
      field={field}
      value={value}
      record={record}
      entityId={entityId}
      labels={index.data?.labels}
      isTitle={false}
    />
  );
}

const HIDDEN_KEYS = new Set<string>([...SYSTEM_FIELDS, 'deleted', 'position']);

/** Values a past version held for fields that have since been removed from the schema. */
function extraKeys(entity: EntityDetail, record: EntityRecord): string[] {
  const names = new Set(entity.fields.map((field) => field.name));
  return Object.keys(record).filter((key) => !names.has(key) && !HIDDEN_KEYS.has(key));
}

function Values({ entity, record }: { entity: EntityDetail; record: EntityRecord }) {
  const { t, i18n } = useTranslation();
  const system = [
    ['record.id', record.id],
    ['record.version', formatValue('INTEGER', record.version, i18n.language)],
    ['record.createdAt', formatValue('DATETIME', record.created_at, i18n.language)],
    ['record.createdBy', record.created_by],
    ['record.updatedAt', formatValue('DATETIME', record.updated_at, i18n.language)],
    ['record.updatedBy', record.updated_by],
  ] as const;
  return (
    <>
      <h2>{t('record.values')}</h2>
      <dl className="facts">
        {entity.fields.map((field) => (
          <div key={field.id} className="fact">
            <dt>{fieldLabel(field)}</dt>
            <dd>
              {field.type === 'REFERENCE' ? (
                <ReferenceValue
                  field={field}
                  value={record[field.name]}
                  entityId={entity.id}
                  record={record}
                />
              ) : field.type === 'JSON' && record[field.name] != null ? (
                <pre className="code">{JSON.stringify(record[field.name], null, 2)}</pre>
              ) : (
                <CellValue
                  field={field}
                  value={record[field.name]}
                  record={record}
                  entityId={entity.id}
                  isTitle={false}
                />
              )}
            </dd>
          </div>
        ))}
        {extraKeys(entity, record).map((key) => (
          <div key={key} className="fact">
            <dt>
              {key} <small className="muted">{t('history.notInSchema')}</small>
            </dt>
            <dd>
              <code>{JSON.stringify(record[key])}</code>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t('record.system')}</h2>
      <dl className="facts">
        {system.map(([key, value]) => (
          <div key={key} className="fact">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function PastBanner({ point, record }: { point: RecordPoint; record?: EntityRecord }) {
  const { t, i18n } = useTranslation();
  const when =
    'asOf' in point
      ? t('past.asOf', { when: formatDateTime(point.asOf, i18n.language) })
      : t('past.version', { version: point.version });
  return (
    <div className="past-banner" role="status" data-testid="past-banner">
      <strong>{t('past.readOnly')}</strong> {when}
      {record && 'asOf' in point && ' · ' + t('past.shows', { version: record.version })}{' '}
      <Link to="?">{t('past.backToNow')}</Link>
    </div>
  );
}

function PastValues({
  entity,
  recordId,
  point,
}: {
  entity: EntityDetail;
  recordId: string;
  point: RecordPoint;
}) {
  const { t } = useTranslation();
  const past = usePastRecord(entity.id, recordId, point);
  if (past.isPending) return <Loading label={t('record.loading')} lines={6} />;
  if (past.isError) {
    const missing = past.error instanceof ApiError && past.error.status === 404;
    return (
      <>
        <PastBanner point={point} />
        {missing ? (
          <p className="alert" role="alert">
            {t('past.notFound')}
          </p>
        ) : (
          <ErrorAlert error={past.error} retry={past.refetch} />
        )}
      </>
    );
  }
  return (
    <>
      <PastBanner point={point} record={past.data} />
      <div className="past">
        <Values entity={entity} record={past.data} />
      </div>
    </>
  );
}

export function RecordPage() {
  const { t } = useTranslation();
  const { entityId = '', recordId = '' } = useParams();
  const [search] = useSearchParams();
  const point = pointFromSearch(search);
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const entity = useEntity(entityId);
  const record = useRecord(entityId, recordId);
  const removal = useDeleteRecord(entityId);
  const restore = useRestoreRecord(entityId);
  const [confirming, setConfirming] = useState(false);
  const canWrite = useCan('writeRecords');
  const label = record.data && entity.data ? recordLabel(entity.data, record.data) : undefined;
  usePageTitle(label, entity.data?.displayName || entity.data?.name);

  if (entity.isPending || record.isPending)
    return <Loading label={t('record.loading')} lines={8} />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;
  if (record.isError) return <ErrorAlert error={record.error} retry={record.refetch} />;

  const recordsPath = `/entities/${entity.data.id}/records`;
  const recordPath = `${recordsPath}/${record.data.id}`;
  const showError = (error: Error) =>
    toast(error instanceof ApiError ? problemTitle(error) : error.message, 'error');
  // The undo outlives this page: it calls the API directly, not through this page's mutation.
  const undo = (id: string) => async () => {
    try {
      await restoreRecord(entity.data.id, id);
      await queryClient.invalidateQueries({ queryKey: ['records'] });
      toast(t('record.restored', { label }));
      navigate(`${recordsPath}/${id}`);
    } catch (error) {
      showError(error as Error);
    }
  };
  const remove = () =>
    removal.mutate(record.data.id, {
      onSuccess: () => {
        setConfirming(false);
        toast(t('record.deleted', { label }), 'success', {
          label: t('record.undo'),
          run: undo(record.data.id),
        });
        navigate(recordsPath);
      },
      onError: (error) => {
        setConfirming(false);
        showError(error);
      },
    });
  const deleted = record.data.deleted === true;

  return (
    <section aria-labelledby="record-title">
      <p>
        <Link to={recordsPath}>{t('record.back', { name: entity.data.name })}</Link>
      </p>
      <div className="title-row">
        <h1 id="record-title">{label}</h1>
        {canWrite && !point && !deleted && (
          <div className="actions">
            <Link to={`${recordPath}/edit`} className="button">
              {t('record.edit')}
            </Link>
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('record.delete')}
            </button>
          </div>
        )}
      </div>
      {deleted && (
        <div className="alert" role="status">
          <p>{t('record.isDeleted')}</p>
          {canWrite && (
            <button
              type="button"
              disabled={restore.isPending}
              onClick={() =>
                restore.mutate(record.data.id, {
                  onSuccess: () => toast(t('record.restored', { label })),
                  onError: showError,
                })
              }
            >
              {t('record.restore')}
            </button>
          )}
        </div>
      )}
      {point ? (
        <PastValues
          key={JSON.stringify(point)}
          entity={entity.data}
          recordId={record.data.id}
          point={point}
        />
      ) : (
        <Values entity={entity.data} record={record.data} />
      )}
      <TimeTravel
        key={record.data.version}
        latest={record.data.version}
        initialVersion={point && 'version' in point ? point.version : undefined}
      />
      <RecordHistory entity={entity.data} recordId={record.data.id} />
      <ConfirmDialog
        open={confirming}
        title={t('record.confirmTitle')}
        body={t('record.confirmBody', { label })}
        confirmLabel={removal.isPending ? t('record.deleting') : t('record.confirm')}
        busy={removal.isPending}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

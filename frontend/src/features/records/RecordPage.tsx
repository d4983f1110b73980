import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert, Loading } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import type { EntityDetail, Field } from '@/features/entities/api';
import { useEntity } from '@/features/entities/hooks';
import { problemTitle } from '@/lib/problem-text';
import { ApiError } from '@/lib/api-error';
import { usePageTitle } from '@/lib/use-page-title';
import { useRole } from '@/lib/use-session';
import type { EntityRecord } from './api';
import { fieldLabel } from './field-inputs';
import { CellValue } from './grid/CellValue';
import { useDeleteRecord, useRecord, useRecordIndex } from './hooks';
import { recordLabel } from './record-label';
import { formatValue } from './format-value';

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

export function RecordPage() {
  const { t } = useTranslation();
  const { entityId = '', recordId = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const entity = useEntity(entityId);
  const record = useRecord(entityId, recordId);
  const removal = useDeleteRecord(entityId);
  const [confirming, setConfirming] = useState(false);
  const canWrite = useRole() !== 'AUDITOR';
  const label = record.data && entity.data ? recordLabel(entity.data, record.data) : undefined;
  usePageTitle(label, entity.data?.displayName || entity.data?.name);

  if (entity.isPending || record.isPending)
    return <Loading label={t('record.loading')} lines={8} />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;
  if (record.isError) return <ErrorAlert error={record.error} retry={record.refetch} />;

  const recordsPath = `/entities/${entity.data.id}/records`;
  const remove = () =>
    removal.mutate(record.data.id, {
      onSuccess: () => {
        setConfirming(false);
        toast(t('record.deleted', { label }));
        navigate(recordsPath);
      },
      onError: (error) => {
        setConfirming(false);
        toast(error instanceof ApiError ? problemTitle(error) : error.message, 'error');
      },
    });

  return (
    <section aria-labelledby="record-title">
      <p>
        <Link to={recordsPath}>{t('record.back', { name: entity.data.name })}</Link>
      </p>
      <div className="title-row">
        <h1 id="record-title">{label}</h1>
        {canWrite && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('record.delete')}
          </button>
        )}
      </div>
      <Values entity={entity.data} record={record.data} />
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

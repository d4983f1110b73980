import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import { useEntity } from '@/features/entities/hooks';
import { usePageTitle } from '@/lib/use-page-title';
import type { EntityRecord } from '../api';
import { useRecord } from '../hooks';
import { recordLabel } from '../record-label';
import { EditRecordForm } from './EditRecordForm';

export function EditRecordPage() {
  const { t } = useTranslation();
  const { entityId = '', recordId = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const entity = useEntity(entityId);
  const record = useRecord(entityId, recordId);
  // After "take theirs" the form restarts from the server's version instead of the cached one.
  const [rebased, setRebased] = useState<EntityRecord | null>(null);
  const base = rebased ?? record.data;
  const label = base && entity.data ? recordLabel(entity.data, base) : undefined;
  usePageTitle(label && t('recordEdit.title', { label }));

  if (entity.isPending || record.isPending)
    return <Loading label={t('record.loading')} lines={8} />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;
  if (record.isError) return <ErrorAlert error={record.error} retry={record.refetch} />;

  const recordPath = `/entities/${entity.data.id}/records/${recordId}`;
  const current = base ?? record.data;
  return (
    <section aria-labelledby="edit-record-title">
      <p>
        <Link to={recordPath}>{t('recordEdit.back', { label })}</Link>
      </p>
      <h1 id="edit-record-title">{t('recordEdit.title', { label })}</h1>
      {current.deleted ? (
        <p role="alert" className="alert">
          {t('recordEdit.deleted')}
        </p>
      ) : (
        <EditRecordForm
          key={current.version}
          entity={entity.data}
          record={current}
          onSaved={() => {
            toast(t('records.saved'));
            navigate(recordPath);
          }}
          onRebase={(latest) => {
            setRebased(latest);
            toast(t('conflict.rebased', { version: latest.version }));
          }}
        />
      )}
    </section>
  );
}

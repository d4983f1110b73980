import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import { useEntity } from '@/features/entities/hooks';
import { usePageTitle } from '@/lib/use-page-title';
import { RecordForm } from './RecordForm';

export function NewRecordPage() {
  const { t } = useTranslation();
  const { entityId = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const entity = useEntity(entityId);
  const label = entity.data ? entity.data.displayName || entity.data.name : undefined;
  usePageTitle(label && t('recordForm.title', { label }));

  if (entity.isPending) return <Loading label={t('recordForm.loading')} lines={8} />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;

  const { data } = entity;
  const recordsPath = `/entities/${data.id}/records`;
  return (
    <section aria-labelledby="new-record-title">
      <p>
        <Link to={recordsPath}>{t('recordForm.back', { name: data.name })}</Link>
      </p>
      <h1 id="new-record-title">{t('recordForm.title', { label })}</h1>
      <RecordForm
        entity={data}
        onSaved={(id) => {
          toast(t('records.saved'));
          navigate(recordsPath, { state: { savedId: id } });
        }}
      />
    </section>
  );
}

import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/Status';
import { useEntity } from '@/features/entities/hooks';
import { RecordForm } from './RecordForm';

export function NewRecordPage() {
  const { entityId = '' } = useParams();
  const navigate = useNavigate();
  const entity = useEntity(entityId);

  if (entity.isPending) return <Loading label="Loading form…" />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;

  const { data } = entity;
  const recordsPath = `/entities/${data.id}/records`;
  return (
    <section aria-labelledby="new-record-title">
      <p>
        <Link to={recordsPath}>← Records of {data.name}</Link>
      </p>
      <h1 id="new-record-title">New {data.displayName || data.name} record</h1>
      <RecordForm
        entity={data}
        onSaved={(id) => navigate(recordsPath, { state: { savedId: id } })}
      />
    </section>
  );
}

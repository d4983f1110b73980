import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/Status';
import { useEntity } from '@/features/entities/hooks';
import { useRole } from '@/lib/use-session';
import { RecordGrid } from './RecordGrid';

export function RecordsPage() {
  const { entityId = '' } = useParams();
  const saved = (useLocation().state as { savedId?: string } | null)?.savedId;
  const entity = useEntity(entityId);
  const canWrite = useRole() !== 'AUDITOR';

  if (entity.isPending) return <Loading label="Loading entity…" />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;

  const { data } = entity;
  return (
    <section aria-labelledby="records-title">
      <p>
        <Link to={`/entities/${data.id}`}>← {data.name}</Link>
      </p>
      <div className="title-row">
        <h1 id="records-title">Records of {data.displayName || data.name}</h1>
        {canWrite && data.fields.length > 0 && (
          <Link to={`/entities/${data.id}/records/new`} className="button">
            New record
          </Link>
        )}
      </div>
      {saved && <p role="status">Record saved.</p>}
      {data.fields.length === 0 && (
        <p className="muted">This entity has no fields yet; add some before creating records.</p>
      )}
      <RecordGrid entity={data} highlightId={saved} />
    </section>
  );
}

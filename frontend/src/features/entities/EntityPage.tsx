import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/Status';
import { useRole } from '@/lib/use-session';
import { AddFieldForm } from './AddFieldForm';
import { FieldsTable } from './FieldsTable';
import { useEntities, useEntity } from './hooks';

export function EntityPage() {
  const { entityId = '' } = useParams();
  const entity = useEntity(entityId);
  const entities = useEntities();
  const canDesign = useRole() === 'ADMIN';

  if (entity.isPending) return <Loading label="Loading entity…" />;
  if (entity.isError) return <ErrorAlert error={entity.error} retry={entity.refetch} />;

  const { data } = entity;
  return (
    <div className="columns">
      <section aria-labelledby="entity-title">
        <p>
          <Link to="/entities">← Entities</Link>
        </p>
        <h1 id="entity-title">{data.displayName || data.name}</h1>
        <dl className="facts">
          <dt>Name</dt>
          <dd>{data.name}</dd>
          <dt>Schema version</dt>
          <dd data-testid="schema-version">{data.schemaVersion}</dd>
          <dt>Table</dt>
          <dd>
            <code>{data.tableName}</code>
          </dd>
          {data.archived && (
            <>
              <dt>Status</dt>
              <dd>Archived</dd>
            </>
          )}
        </dl>
        {data.description && <p>{data.description}</p>}
        <p>
          <Link to={`/entities/${data.id}/records`} className="button">
            Open records
          </Link>
        </p>
        <FieldsTable fields={data.fields} entities={entities.data ?? []} />
      </section>
      {canDesign && <AddFieldForm entityId={data.id} entities={entities.data ?? []} />}
    </div>
  );
}

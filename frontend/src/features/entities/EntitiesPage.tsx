import { Link } from 'react-router';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import { useRole } from '@/lib/use-session';
import { CreateEntityForm } from './CreateEntityForm';
import { useEntities } from './hooks';

function EntityList() {
  const entities = useEntities();
  if (entities.isPending) return <Loading label="Loading entities…" />;
  if (entities.isError) return <ErrorAlert error={entities.error} retry={entities.refetch} />;
  if (entities.data.length === 0) return <EmptyState>No entities yet.</EmptyState>;
  return (
    <table>
      <caption>Entities</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Display name</th>
          <th scope="col">Schema version</th>
          <th scope="col">Records</th>
        </tr>
      </thead>
      <tbody>
        {entities.data.map((entity) => (
          <tr key={entity.id}>
            <td>
              <Link to={`/entities/${entity.id}`}>{entity.name}</Link>
            </td>
            <td>{entity.displayName ?? ''}</td>
            <td>{entity.schemaVersion}</td>
            <td>
              <Link to={`/entities/${entity.id}/records`} aria-label={`Records of ${entity.name}`}>
                Records
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EntitiesPage() {
  const canDesign = useRole() === 'ADMIN';
  return (
    <div className="columns">
      <section aria-label="Entity list">
        <h1>Entities</h1>
        <EntityList />
      </section>
      {canDesign && <CreateEntityForm />}
    </div>
  );
}

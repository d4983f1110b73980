import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import { usePageTitle } from '@/lib/use-page-title';
import { useCan, useSession } from '@/lib/use-session';
import { CreateUserForm } from './CreateUserForm';
import { useUsers } from './hooks';
import { UserEditor } from './UserEditor';
import { UsersTable } from './UsersTable';
import './users.css';

/** Who may use the platform and as what: admins manage accounts, auditors read the list. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const canManage = useCan('manageUsers');
  const self = useSession()?.email;
  const users = useUsers();
  const [managing, setManaging] = useState<string | null>(null);
  const selected = users.data?.find((user) => user.id === managing);

  return (
    <div className="columns">
      <section aria-labelledby="users-title">
        <h1 id="users-title">{t('users.title')}</h1>
        <p className="muted">{canManage ? t('users.intro') : t('users.introReadOnly')}</p>
        {users.isPending ? (
          <Loading label={t('users.loading')} lines={4} />
        ) : users.isError ? (
          <ErrorAlert error={users.error} retry={() => void users.refetch()} />
        ) : users.data.length === 0 ? (
          <EmptyState title={t('users.empty')} />
        ) : (
          <UsersTable
            users={users.data}
            self={self}
            onManage={canManage ? (user) => setManaging(user.id) : undefined}
          />
        )}
      </section>
      {canManage && (
        <div className="stack">
          {selected && (
            <UserEditor key={selected.id} user={selected} onClose={() => setManaging(null)} />
          )}
          <CreateUserForm />
        </div>
      )}
    </div>
  );
}

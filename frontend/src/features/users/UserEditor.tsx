import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import type { Role } from '@/lib/session';
import { ROLES, type User } from './api';
import { useChangeUser } from './hooks';
import { PasswordForm } from './PasswordForm';
import { placeProblems } from './user-problems';

function RoleForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const toast = useToast();
  const titleId = useId();
  const [role, setRole] = useState<Role>(user.role);
  const mutation = useChangeUser(user.id);
  // Giving up your own ADMIN role is refused as a conflict on the user's id: shown here.
  const placed = placeProblems(mutation.error, { role: 'role', id: 'role' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { role },
      {
        onSuccess: (changed) =>
          toast(t('users.roleChanged', { email: user.email, role: t(`roles.${changed.role}`) })),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t('users.role')}</h3>
      {placed.rest !== null && <ErrorAlert error={placed.rest} />}
      <FormField label={t('users.newRole')} error={placed.byControl.role}>
        {(props) => (
          <select {...props} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" disabled={mutation.isPending || role === user.role}>
        {mutation.isPending ? t('users.saving') : t('users.changeRole')}
      </button>
    </form>
  );
}

function StatusControl({ user }: { user: User }) {
  const { t } = useTranslation();
  const toast = useToast();
  const titleId = useId();
  const [asking, setAsking] = useState(false);
  const mutation = useChangeUser(user.id);
  const placed = placeProblems(mutation.error, { disabled: 'status', id: 'status' });

  const change = (disabled: boolean) =>
    mutation.mutate(
      { disabled },
      {
        onSuccess: () =>
          toast(t(disabled ? 'users.disabledDone' : 'users.enabledDone', { email: user.email })),
        onSettled: () => setAsking(false),
      },
    );

  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('users.status')}</h3>
      <p>{user.disabled ? t('users.isDisabled') : t('users.isActive')}</p>
      {placed.rest !== null && <ErrorAlert error={placed.rest} />}
      {placed.byControl.status && (
        <p className="error" role="alert">
          {placed.byControl.status}
        </p>
      )}
      {user.disabled ? (
        <button type="button" disabled={mutation.isPending} onClick={() => change(false)}>
          {t('users.enable')}
        </button>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {t('users.disable')}
        </button>
      )}
      <ConfirmDialog
        open={asking}
        title={t('users.disableTitle', { email: user.email })}
        body={t('users.disableBody', { email: user.email })}
        confirmLabel={t('users.disable')}
        busy={mutation.isPending}
        onConfirm={() => change(true)}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}

/** An admin's changes to one account: its role, whether it may log in, its password. */
export function UserEditor({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [user.id]);
  return (
    <section aria-labelledby="user-editor-title" className="panel user-editor">
      <div className="title-row">
        <h2 id="user-editor-title" ref={heading} tabIndex={-1}>
          {t('users.manageTitle', { email: user.email })}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <RoleForm user={user} />
      <StatusControl user={user} />
      <PasswordForm user={user} />
    </section>
  );
}

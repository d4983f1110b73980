import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import type { User } from './api';
import { useChangeUser } from './hooks';
import { placeProblems } from './user-problems';

/** Sets a new password for someone who lost theirs; the length rule is the server's. */
export function PasswordForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const toast = useToast();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const mutation = useChangeUser(user.id);
  const placed = placeProblems(mutation.error, { password: 'password' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { password },
      {
        onSuccess: () => {
          setPassword('');
          toast(t('users.passwordReset', { email: user.email }));
        },
        onError: () => input.current?.focus(),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t('users.resetPassword')}</h3>
      {placed.rest !== null && <ErrorAlert error={placed.rest} />}
      <FormField
        label={t('users.newPassword')}
        hint={t('users.passwordHint')}
        error={placed.byControl.password}
      >
        {(props) => (
          <input
            {...props}
            ref={input}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </FormField>
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('users.saving') : t('users.resetPassword')}
      </button>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import { ROLES } from './api';
import { useCreateUser } from './hooks';
import { placeProblems } from './user-problems';

// Messages are catalog keys, so a language switch re-translates a shown error. Email format and
// password length are the server's rules: its answer is shown at the field.
const createUserSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'users.enterEmail')),
  password: z.string().check(z.minLength(1, 'users.enterPassword')),
  role: z.enum(ROLES),
});

type CreateUserValues = z.infer<typeof createUserSchema>;
type Control = keyof CreateUserValues;

const CONTROLS: Record<string, Control> = { email: 'email', password: 'password', role: 'role' };

export function CreateUserForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const mutation = useCreateUser();
  const form = useForm<CreateUserValues>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: '', password: '', role: 'USER' },
  });
  const { errors } = form.formState;
  const server = placeProblems(mutation.error, CONTROLS);
  const error = (control: Control) => {
    const key = errors[control]?.message;
    return key ? t(key) : server.byControl[control];
  };

  const onSubmit = form.handleSubmit((values) =>
    mutation.mutate(values, {
      onSuccess: (created) => {
        toast(t('users.created', { email: created.email, role: t(`roles.${created.role}`) }));
        form.reset();
      },
      onError: (failure) => {
        const first = Object.keys(placeProblems(failure, CONTROLS).byControl)[0];
        if (first) form.setFocus(first as Control);
      },
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-user-title" className="panel">
      <h2 id="create-user-title">{t('users.create.title')}</h2>
      {server.rest !== null && <ErrorAlert error={server.rest} />}
      <FormField label={t('users.email')} error={error('email')}>
        {(props) => (
          <input {...props} type="email" autoComplete="off" {...form.register('email')} />
        )}
      </FormField>
      <FormField
        label={t('users.password')}
        hint={t('users.passwordHint')}
        error={error('password')}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            {...form.register('password')}
          />
        )}
      </FormField>
      <FormField label={t('users.role')} hint={t('users.roleHint')} error={error('role')}>
        {(props) => (
          <select {...props} {...form.register('role')}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('users.create.submitting') : t('users.create.submit')}
      </button>
    </form>
  );
}

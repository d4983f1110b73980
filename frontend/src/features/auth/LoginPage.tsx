import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import { LanguageSwitcher } from '@/app/LanguageSwitcher';
import { ApiError } from '@/lib/api-error';
import { config } from '@/lib/config';
import { t as translate } from '@/lib/i18n';
import { usePageTitle } from '@/lib/use-page-title';
import { useSession } from '@/lib/use-session';
import { login } from './api';

const loginSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'login.enterEmail')),
  password: z.string().check(z.minLength(1, 'login.enterPassword')),
});

type LoginForm = z.infer<typeof loginSchema>;

function loginErrorMessage(error: unknown): unknown {
  if (error instanceof ApiError && error.status === 401) return new Error(translate('login.wrong'));
  if (error instanceof ApiError && error.status === 429) {
    return new Error(translate('login.tooMany'));
  }
  return error;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/entities';
  const { register, handleSubmit, formState } = useForm<LoginForm>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: () => navigate(from, { replace: true }),
  });
  usePageTitle(t('login.title'));

  if (session && !mutation.isPending) return <Navigate to={from} replace />;
  // The schema holds catalog keys so a language switch re-translates a shown error.
  const message = (key: string | undefined) => (key ? t(key) : undefined);

  return (
    <main className="login">
      <div className="login-top">
        <p className="brand-large">{config.appName}</p>
        <LanguageSwitcher />
      </div>
      <form
        onSubmit={handleSubmit((values) => mutation.mutate(values))}
        noValidate
        aria-labelledby="login-title"
      >
        <h1 id="login-title">{t('login.title')}</h1>
        {mutation.isError && <ErrorAlert error={loginErrorMessage(mutation.error)} />}
        <FormField label={t('login.email')} error={message(formState.errors.email?.message)}>
          {(props) => (
            <input {...props} type="email" autoComplete="username" {...register('email')} />
          )}
        </FormField>
        <FormField label={t('login.password')} error={message(formState.errors.password?.message)}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              {...register('password')}
            />
          )}
        </FormField>
        <button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}

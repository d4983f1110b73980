import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Navigate, useLocation, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import { ApiError } from '@/lib/api-error';
import { config } from '@/lib/config';
import { useSession } from '@/lib/use-session';
import { login } from './api';

const loginSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'Enter your email')),
  password: z.string().check(z.minLength(1, 'Enter your password')),
});

type LoginForm = z.infer<typeof loginSchema>;

function loginErrorMessage(error: unknown): unknown {
  if (error instanceof ApiError && error.status === 401) {
    return new Error('Wrong email or password.');
  }
  if (error instanceof ApiError && error.status === 429) {
    return new Error('Too many attempts. Wait a few minutes and try again.');
  }
  return error;
}

export function LoginPage() {
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

  if (session && !mutation.isPending) return <Navigate to={from} replace />;

  return (
    <main className="login">
      <h1>{config.appName}</h1>
      <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate>
        <h2>Log in</h2>
        {mutation.isError && <ErrorAlert error={loginErrorMessage(mutation.error)} />}
        <FormField label="Email" error={formState.errors.email?.message}>
          {(props) => (
            <input {...props} type="email" autoComplete="username" {...register('email')} />
          )}
        </FormField>
        <FormField label="Password" error={formState.errors.password?.message}>
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
          {mutation.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  );
}

import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import '@/lib/i18n';
import { placeProblems } from './user-problems';

const problem = (status: number, errors: { field: string; code: string; message: string }[]) =>
  new ApiError(status, { title: `HTTP ${status}`, detail: 'refused', errors });

describe('placeProblems', () => {
  it('puts each field problem at its control, in the user’s language', () => {
    const error = problem(422, [
      { field: 'email', code: 'invalid_email', message: 'Not an email address.' },
      { field: 'password', code: 'min_length', message: 'At least 8 characters.' },
    ]);
    const placed = placeProblems(error, { email: 'email', password: 'password' });
    expect(placed.byControl).toEqual({
      email: 'Not an email address',
      password: 'At least 8 characters',
    });
    expect(placed.rest).toBeNull();
  });

  it('shows the self-lockout conflict at the control that asked for it', () => {
    const error = problem(409, [{ field: 'id', code: 'self', message: 'You cannot…' }]);
    const placed = placeProblems(error, { role: 'role', id: 'role' });
    expect(placed.byControl.role).toMatch(/^You cannot disable yourself/);
    expect(placed.rest).toBeNull();
  });

  it('keeps the server’s words for a code it does not know', () => {
    const error = problem(422, [{ field: 'email', code: 'brand_new', message: 'Server says no.' }]);
    expect(placeProblems(error, { email: 'email' }).byControl.email).toBe('Server says no.');
  });

  it('leaves problems without a control, and failures without fields, for the form to show', () => {
    const unknown = problem(422, [{ field: 'nickname', code: 'required', message: 'Required.' }]);
    expect(placeProblems(unknown, { email: 'email' }).rest).toBeInstanceOf(ApiError);
    const forbidden = new ApiError(403, { title: 'Forbidden' });
    expect(placeProblems(forbidden, { email: 'email' })).toEqual({
      byControl: {},
      rest: forbidden,
    });
    expect(placeProblems(null, { email: 'email' })).toEqual({ byControl: {}, rest: null });
  });
});

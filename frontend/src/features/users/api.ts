import { apiRequest } from '@/lib/api-client';
import type { Role } from '@/lib/session';

export { ROLES } from '@/lib/permissions';

/** One account as GET /api/users lists it (never a password or hash). */
export interface User {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserRequest {
  email: string;
  password: string;
  role: Role;
}

export interface UserCreated {
  id: string;
  email: string;
  role: Role;
  position: number;
}

/** What PATCH /api/users/{id} changes; absent parts stay as they are. */
export interface UserChange {
  role?: Role;
  disabled?: boolean;
  password?: string;
}

export interface UserChanged {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  position: number;
}

export function listUsers(signal?: AbortSignal) {
  return apiRequest<{ data: User[] }>('/users', { signal }).then((page) => page.data);
}

export function createUser(request: CreateUserRequest) {
  return apiRequest<UserCreated>('/users', { method: 'POST', json: request });
}

export function changeUser(id: string, change: UserChange) {
  return apiRequest<UserChanged>(`/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    json: change,
  });
}

import { apiRequest } from '@/lib/api-client';
import { setSession, type Role, type Session } from '@/lib/session';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  role: Role;
}

export async function login(request: LoginRequest): Promise<Session> {
  const response = await apiRequest<LoginResponse>('/auth/login', {
    method: 'POST',
    json: request,
    auth: false,
  });
  const session: Session = {
    token: response.access_token,
    email: request.email,
    role: response.role,
    expiresAt: Date.now() + response.expires_in * 1000,
  };
  setSession(session);
  return session;
}

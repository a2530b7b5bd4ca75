import { apiJson, apiVoid } from '../../app/api/client.ts';
import type { Locale, Me, Session, SignupInput } from '../../app/api/types.ts';

const AUTH = '/api/v1/auth';

export const identityApi = {
  signup: (input: SignupInput) =>
    apiJson<Session>(`${AUTH}/signup`, { method: 'POST', body: input, auth: false }),
  login: (email: string, password: string) =>
    apiJson<Session>(`${AUTH}/login`, { method: 'POST', body: { email, password }, auth: false }),
  logout: () => apiVoid(`${AUTH}/logout`, { method: 'POST', body: {}, auth: false }),
  forgotPassword: (email: string) =>
    apiVoid(`${AUTH}/password/forgot`, { method: 'POST', body: { email }, auth: false }),
  resetPassword: (token: string, password: string) =>
    apiVoid(`${AUTH}/password/reset`, { method: 'POST', body: { token, password }, auth: false }),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiVoid(`${AUTH}/password/change`, { method: 'POST', body: { currentPassword, newPassword } }),
  getMe: () => apiJson<Me>('/api/v1/me'),
  updateMe: (patch: { displayName?: string; locale?: Locale }) =>
    apiJson<Me>('/api/v1/me', { method: 'PATCH', body: patch }),
};

import { z } from 'zod';
import { requiredTextSchema, roleSchema } from './common';
import { request, type FetchOptions } from './client';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: roleSchema,
  /** The inspection teams this user belongs to (inspectors write only their teams' inspections). */
  teamIds: z.array(z.string()),
});
export type User = z.infer<typeof userSchema>;

export const loginRequestSchema = z.object({
  username: requiredTextSchema('Nhập tên đăng nhập', 100),
  password: z.string().min(1, 'Nhập mật khẩu').max(200, 'Tối đa 200 ký tự'),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  token: z.string().min(1),
  /** When the token stops working (ISO instant). */
  expiresAt: z.string(),
  user: userSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const login = (body: LoginRequest) =>
  request('POST', '/auth/login', { body, response: loginResponseSchema, auth: false });

export const getMe = ({ signal }: FetchOptions = {}) => request('GET', '/auth/me', { response: userSchema, signal });

/** Ends the session of the current token on the server (204; the token stops working). */
export const logout = () => request('POST', '/auth/logout', { response: null });

import { z } from 'zod';
import { roleSchema } from './common';
import { request, type FetchOptions } from './client';

/** A member of an inspection team, named by post (house rule: no personal names). */
export const teamMemberSchema = z.object({
  userId: z.string(),
  /** The member's post, e.g. "Thành viên Đoàn kiểm tra số 1". */
  post: z.string(),
  role: roleSchema,
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

/** An inspection team (đoàn kiểm tra): an inspector writes the inspections of the teams they are a member of. */
export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  members: z.array(teamMemberSchema),
});
export type Team = z.infer<typeof teamSchema>;

export const teamsResponseSchema = z.array(teamSchema);

export const getTeams = ({ signal }: FetchOptions = {}) => request('GET', '/teams', { response: teamsResponseSchema, signal });

import type { DemoUser, Team } from './dataset';

/**
 * The demo accounts (password `demo`). House rule: no personal names anywhere; a user is named by
 * their post.
 */
export const users: DemoUser[] = [
  { id: 'u-lanhdao', username: 'lanhdao', password: 'demo', name: 'Lãnh đạo UBND huyện', role: 'leader', teamIds: [] },
  { id: 'u-kiemtra', username: 'kiemtra', password: 'demo', name: 'Thành viên Đoàn kiểm tra số 1', role: 'inspector', teamIds: ['doan-1'] },
  { id: 'u-vanphong', username: 'vanphong', password: 'demo', name: 'Chuyên viên Văn phòng CCHC', role: 'secretariat', teamIds: [] },
  { id: 'u-kiemtra2', username: 'kiemtra2', password: 'demo', name: 'Thành viên Đoàn kiểm tra số 2', role: 'inspector', teamIds: ['doan-2'] },
];

export const teams: Team[] = [
  { id: 'doan-1', name: 'Đoàn kiểm tra CCHC số 1', memberIds: ['u-kiemtra'] },
  { id: 'doan-2', name: 'Đoàn kiểm tra CCHC số 2', memberIds: ['u-kiemtra2'] },
];

/** The inspector who records a team's work in the seed data. */
export const teamInspector: Record<string, string> = { 'doan-1': 'u-kiemtra', 'doan-2': 'u-kiemtra2' };
export const SECRETARIAT_USER_ID = 'u-vanphong';

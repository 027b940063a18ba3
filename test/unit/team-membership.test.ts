import { describe, expect, it } from 'vitest';
import type { InspectionStatus } from '../../src/api/inspections';
import type { Team } from '../../src/api/teams';
import { actorFor, canWriteInspection, writableTeamIds } from '../../src/domain/team-membership';

const teams: Team[] = [
  { id: 'doan-1', name: 'Đoàn kiểm tra CCHC số 1', members: [{ userId: 'u-kiemtra', post: 'Thành viên Đoàn kiểm tra số 1', role: 'inspector' }] },
  {
    id: 'doan-2',
    name: 'Đoàn kiểm tra CCHC số 2',
    members: [
      { userId: 'u-kiemtra2', post: 'Thành viên Đoàn kiểm tra số 2', role: 'inspector' },
      { userId: 'u-kiemtra', post: 'Thành viên Đoàn kiểm tra số 2', role: 'inspector' },
    ],
  },
  { id: 'doan-3', name: 'Đoàn kiểm tra CCHC số 3', members: [] },
];
const inspector = { id: 'u-kiemtra2', role: 'inspector' } as const;
const twoTeams = { id: 'u-kiemtra', role: 'inspector' } as const;
const noTeam = { id: 'u-moi', role: 'inspector' } as const;
const secretariat = { id: 'u-vanphong', role: 'secretariat' } as const;
const leader = { id: 'u-lanhdao', role: 'leader' } as const;

describe('writableTeamIds', () => {
  it('an inspector: the teams listing them as a member, in the teams’ order', () => {
    expect(writableTeamIds(inspector, teams)).toEqual(['doan-2']);
    expect(writableTeamIds(twoTeams, teams)).toEqual(['doan-1', 'doan-2']);
    expect(writableTeamIds(noTeam, teams)).toEqual([]);
  });

  it('the secretariat: every team, even one without members; a leader: none', () => {
    expect(writableTeamIds(secretariat, teams)).toEqual(['doan-1', 'doan-2', 'doan-3']);
    expect(writableTeamIds(leader, teams)).toEqual([]);
    expect(writableTeamIds(secretariat, [])).toEqual([]);
  });

  it('actorFor: the status table’s view of the user on a team’s inspection', () => {
    expect(actorFor(inspector, teams, 'doan-2')).toEqual({ role: 'inspector', ownTeam: true });
    expect(actorFor(inspector, teams, 'doan-1')).toEqual({ role: 'inspector', ownTeam: false });
    expect(actorFor(leader, teams, 'doan-1')).toEqual({ role: 'leader', ownTeam: false });
  });
});

describe('canWriteInspection', () => {
  const statuses: InspectionStatus[] = ['planned', 'in_progress', 'finalised', 'cancelled'];
  const writable = (user: Parameters<typeof canWriteInspection>[0], teamId: string) =>
    statuses.filter((status) => canWriteInspection(user, teams, { teamId, status }));

  it('an inspector writes their own team’s inspections while planned or under way, never another team’s', () => {
    expect(writable(inspector, 'doan-2')).toEqual(['planned', 'in_progress']);
    expect(writable(inspector, 'doan-1')).toEqual([]);
    expect(writable(twoTeams, 'doan-1')).toEqual(['planned', 'in_progress']);
    expect(writable(noTeam, 'doan-3')).toEqual([]);
  });

  it('the secretariat writes any team’s, a finalised one too, but not a cancelled one; a leader nothing', () => {
    expect(writable(secretariat, 'doan-1')).toEqual(['planned', 'in_progress', 'finalised']);
    expect(writable(secretariat, 'doan-3')).toEqual(['planned', 'in_progress', 'finalised']);
    expect(writable(leader, 'doan-1')).toEqual([]);
  });

  it('an inspection of a team not in the list: only the secretariat', () => {
    expect(canWriteInspection(secretariat, teams, { teamId: 'doan-9', status: 'planned' })).toBe(true);
    expect(canWriteInspection(twoTeams, teams, { teamId: 'doan-9', status: 'planned' })).toBe(false);
  });
});

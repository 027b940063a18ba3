import type { kpiVi } from './kpi.vi';

export const kpiEn: typeof kpiVi = {
  received: 'New dossiers received',
  onTime: 'Resolved early or on time',
  overdue: 'Pending, overdue',
  onlineShare: 'Received online',
  channels: 'By channel',
  channelOnline: 'Online',
  channelDirect: 'In person',
  channelPostal: 'Postal (BCCI)',
  onTimeDetail: '{{n}} / {{total}} dossiers resolved',
  overdueDetail: 'of {{total}} dossiers pending',
  onlineDetail: '{{n}} / {{total}} dossiers received',
  lastYear: 'Same period last year',
  noLastYear: 'No data for the same period last year',
  lastYearError: 'Could not load last year’s figures',
  noData: 'No data',
  good: 'better than last year',
  bad: 'worse than last year',
  neutral: 'against last year',
  lowerIsBetter: 'Lower is better',
};

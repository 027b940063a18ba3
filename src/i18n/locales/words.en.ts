import type { wordsVi } from './words.vi';

/** English phrases of the 'words' namespace; same keys as `words.vi.ts`. */
export const wordsEn: typeof wordsVi = {
  // A remediation action's state on a day (domain/action-status.ts), as the overview, the report and the slides count them.
  remediationStates: {
    not_started: 'Not started',
    in_progress: 'In progress',
    overdue: 'Overdue',
    fixed: 'Fixed',
    verified: 'Verified',
  },
  period: {
    year: '{{year}}',
    quarter1: 'Q1 {{year}}',
    quarter2: 'Q2 {{year}}',
    quarter3: 'Q3 {{year}}',
    quarter4: 'Q4 {{year}}',
    half1: 'H1 {{year}}',
    half2: 'H2 {{year}}',
    month: '{{month}}',
    months: '{{from}} – {{to}}',
    monthShort: '{{month}}/{{year}}',
    during: 'in {{period}}',
    fromTo: 'from {{from}} to {{to}}',
  },
  points: '{{value}} pts',
  scoreChange: '{{value}} points',
  rankUp_one: '↑{{count}} place',
  rankUp_other: '↑{{count}} places',
  rankDown_one: '↓{{count}} place',
  rankDown_other: '↓{{count}} places',
  rankSame: 'same rank',
  and: 'and',
  scope: {
    all: 'the district as a whole',
    all_national: 'the country as a whole',
    root: 'the district-level one-stop office',
    root_national: 'the higher-level one-stop office',
    communes: 'communes',
    communes_national: 'communes, wards and special zones',
  },
  unit: {
    commune: 'xã {{name}}',
    town: 'thị trấn {{name}}',
    district: 'huyện {{name}}',
  },
  unitName: {
    commune: 'Xã {{name}}',
    town: 'Thị trấn {{name}}',
    district: 'Huyện {{name}}',
  },
};

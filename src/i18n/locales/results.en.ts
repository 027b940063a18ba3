import type { resultsVi } from './results.vi';

/** English strings of the 'results' namespace; same keys as `results.vi.ts`. */
export const resultsEn: typeof resultsVi = {
  /** The overview's remediation card: the overdue count (overdueAtPeriodEnd). */
  overviewOverdue_one: '{{n}} action overdue on {{date}}',
  overviewOverdue_other: '{{n}} actions overdue on {{date}}',
  title: 'Inspection results',
  heading: 'Administrative reform inspection results, {{period}}',
  subtitle:
    'Scores of finalised inspections, the findings met most often and the verification of remediation actions. The period in the header: the score table takes each unit’s latest inspection up to its end; the findings take the inspections finished within it; the on-time share takes the actions due within it. The unit in the header: preselects the unit of the chart over the years and limits the findings and the on-time share; the score table always compares every unit and marks the one chosen.',
  areaShort: {
    a1: 'Direction',
    a2: 'Institutions',
    a3: 'Procedures',
    a4: 'Organisation',
    a5: 'Civil service',
    a6: 'Finance',
    a7: 'Digital gov.',
  },
  bands: {
    good: 'Good',
    fair: 'Fair',
    average: 'Average',
    weak: 'Weak',
  },
  reasons: {
    'out-of-scope': 'Not in scope',
    'not-applicable': 'Not applicable',
    'not-assessed': 'Not assessed',
  },
  heatMap: {
    title: 'Scores by area of the latest inspection, up to {{date}}',
    description:
      'One row per unit: its latest finalised inspection up to {{date}}. An area’s score = points achieved ÷ points of the applicable criteria (criteria marked “not applicable” drop out); “Overall” = total points achieved ÷ total points applicable.',
    caption: 'Scores by area of each unit’s latest inspection, with their grade',
    unit: 'Unit',
    date: 'Inspected on',
    total: 'Overall',
    sortTotal: 'Sort by overall score',
    selected: 'selected',
    none: 'No inspection finalised up to {{date}}.',
    legend: 'Grades on the rounded score: Good from 90 %, Fair from 80 % to under 90 %, Average from 65 % to under 80 %, Weak under 65 %. “—”: the area was not in the inspection’s scope, or none of its criteria applied.',
    legendTitle: 'How scores are graded',
  },
  overTime: {
    title: 'Scores over the years: {{unit}}',
    description: 'The unit’s finalised inspections, by their last day. The line shows the overall score; the data table has every area’s score.',
    select: 'Commune or town',
    selectDescription: 'Choose a commune or town to see its scores across inspections',
    date: 'Inspected on',
    total: 'Overall score',
    empty: 'This unit has no finalised inspection yet.',
    noUnits: 'No unit has been inspected yet.',
  },
  findings: {
    title: 'Most frequent findings by area, {{period}}',
    titleUnit: 'Most frequent findings by area, {{unit}}, {{period}}',
    description:
      'In the {{n}} inspections finalised in the period: the findings in each area, the inspections with a finding there, and the findings repeated most often (times, units).',
    caption: 'Findings by area and the ones repeated most often',
    area: 'Area',
    count: 'Findings',
    inspections: 'Inspections with one',
    titles: 'Repeated most often',
    titleCount: '{{title}} — {{times}} times, {{units}} units',
    noTitles: 'None',
    none: 'No inspection was finalised in this period.',
    total: 'Total',
  },
  onTime: {
    title: 'Actions verified on time, {{period}}',
    titleUnit: 'Actions verified on time, {{unit}}, {{period}}',
    description:
      'Share = actions verified by the secretariat with their last verification on or before the due date ÷ actions due within the period and before {{date}}. An action fixed but not verified by its due date is not on time; actions due on {{date}} or later are not counted yet.',
    overall: 'Overall share',
    overallValue: '{{share}} ({{onTime}}/{{due}})',
    caption: 'Actions verified on time by inspected unit',
    unit: 'Inspected unit',
    due: 'Actions due',
    verified: 'Verified on time',
    share: 'Share',
    none: 'No action fell due in this period.',
  },
};

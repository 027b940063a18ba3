import type { filterProblemsVi } from './filter-problems.vi';

export const filterProblemsEn: typeof filterProblemsVi = {
  title: 'The link has an invalid filter',
  malformed: 'Months in the link must look like YYYY-MM (e.g. 2022-01); got "{{from}}" and "{{to}}".',
  reversed: 'The start month ({{from}}) is after the end month ({{to}}).',
  outsideCoverage: 'The period {{from}} – {{to}} is outside the data coverage ({{coverageFrom}} – {{coverageTo}}).',
  showingDefaultPeriod: 'Showing the default period: {{period}}.',
  unknownUnit: 'There is no unit with the id "{{unit}}".',
  showingAllUnits: 'Showing: {{unit}}.',
  unitNotInPeriod: '{{unit}} exists only {{validity}}; the chosen period may have no data for it.',
};

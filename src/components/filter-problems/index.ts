export { FilterProblems } from './filter-problems';

export { TableCard, type TableCardProps } from './table-card';

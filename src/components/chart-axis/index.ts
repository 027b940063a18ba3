export { usePercentAxis, type PercentAxisProps } from './use-percent-axis';

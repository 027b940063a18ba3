import { formatPercent } from '../../domain/format';
import { percentAxis, type PercentAxis, type PercentAxisOptions } from '../../domain/percent-axis';
import { useLocale } from '../../i18n';

export interface PercentAxisProps {
  domain: [number, number];
  ticks: number[];
  /** Every tick drawn: Recharts' default ('preserveEnd') drops ticks it thinks crowded. */
  interval: 0;
  tickFormatter: (v: number) => string;
  allowDataOverflow: true;
}

/**
 * The props of a rate axis (Recharts' XAxis or YAxis) from src/domain/percent-axis.ts: exact round
 * ticks, every one drawn, written with the decimals that write them exactly.
 * `<LineChart yAxisProps={{ ...usePercentAxis([...rates, target]).props, width: 56 }} />`
 */
export function usePercentAxis(
  values: readonly (number | null | undefined)[],
  options?: PercentAxisOptions,
): { axis: PercentAxis; props: PercentAxisProps } {
  const locale = useLocale();
  const axis = percentAxis(values, options);
  return {
    axis,
    props: {
      domain: axis.domain,
      ticks: axis.ticks,
      interval: 0,
      tickFormatter: (v: number) => formatPercent(v, locale, axis.decimals),
      allowDataOverflow: true,
    },
  };
}

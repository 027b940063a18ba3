import type { ComponentType } from 'react';

/**
 * Recharts drawing SVG in jsdom is most of a chart-heavy page's time, and it is redrawn on every change
 * of view. A test file that does not look at the pictures mocks @mantine/charts with `undrawnCharts`:
 * the chart cards still render (titles, data, loading and error states, the table view, the notes),
 * only the Recharts picture inside is left out unless the test sets `chartDrawing.drawn = true`.
 *
 *   vi.mock('@mantine/charts', async (importOriginal) =>
 *     (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));
 */
export const chartDrawing = { drawn: false };

const CHARTS = ['AreaChart', 'BarChart', 'BubbleChart', 'CompositeChart', 'DonutChart', 'LineChart', 'PieChart', 'RadarChart', 'ScatterChart'] as const;

export function undrawnCharts<M extends Record<string, unknown>>(real: M): M {
  const whenDrawn =
    <P extends object>(Chart: ComponentType<P>) =>
    (props: P) =>
      chartDrawing.drawn ? <Chart {...props} /> : null;
  const replaced = Object.fromEntries(
    CHARTS.filter((name) => typeof real[name] === 'function' || typeof real[name] === 'object').map((name) => [
      name,
      whenDrawn(real[name] as ComponentType<object>),
    ]),
  );
  return { ...real, ...replaced };
}

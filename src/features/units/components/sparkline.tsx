import type { Rate } from '../../../domain/rate';
import { measureColors, targetColor } from '../../../semantic-colors';

export interface SparklineProps {
  values: readonly Rate[];
  /** A dashed reference line, e.g. the year's on-time target (0–1). */
  target?: number | null;
  /** What the line says, in words (the picture itself is hidden from screen readers). */
  label: string;
  width?: number;
  height?: number;
}

/**
 * A small trend line of rates (0–1) for a table cell: plain SVG, no chart library, no measuring.
 * The scale starts at 90 % (or lower when a value is lower), so a commune's usual 97–100 % shows its
 * ups and downs without turning a 0.5-point wobble into a cliff. A point with no data breaks the line.
 */
export function Sparkline({ values, target, label, width = 112, height = 28 }: SparklineProps) {
  const pad = 3;
  const present = values.filter((v): v is number => v !== null);
  const lowest = Math.min(0.9, ...present, ...(target != null ? [target] : []));
  const floor = Math.max(0, Math.floor(lowest * 20) / 20);
  const y = (v: number) => pad + (1 - (v - floor) / (1 - floor || 1)) * (height - 2 * pad);
  const x = (i: number) => (values.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));

  // Runs of consecutive points with data.
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push([x(i), y(v)]);
  });
  if (run.length) runs.push(run);

  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ display: 'block', overflow: 'visible' }}>
      {target != null && (
        <line x1={pad} x2={width - pad} y1={y(target)} y2={y(target)} stroke={targetColor} strokeWidth={1} strokeDasharray="3 3" />
      )}
      {runs.map((points, i) =>
        points.length === 1 ? (
          <circle key={i} cx={points[0]?.[0]} cy={points[0]?.[1]} r={2} fill={measureColors.primary} />
        ) : (
          <polyline
            key={i}
            points={points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}
            fill="none"
            stroke={measureColors.primary}
            strokeWidth={1.75}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        ),
      )}
    </svg>
  );
}

import { formatMonth, formatNumber, formatPercent, type Locale } from '../../../domain/format';
import type { DigitalIndicatorLine } from '../../../domain/digital-indicators';
import { classes } from './report-classes';

const WIDTH = 600;

/** Dossiers received month by month as bars, in ink only, at a fixed width (a printed chart cannot hover). */
export function MonthBars({ rows, label, locale }: { rows: { month: string; value: number }[]; label: string; locale: Locale }) {
  const height = 220;
  const top = 22;
  const bottom = 30;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const slot = WIDTH / Math.max(1, rows.length);
  const bar = Math.min(36, slot * 0.6);
  return (
    <figure className={classes.chart}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        <line x1={0} x2={WIDTH} y1={height - bottom} y2={height - bottom} stroke="#000" strokeWidth={1} />
        {rows.map((r, i) => {
          const h = ((height - top - bottom) * r.value) / max;
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={r.month}>
              <rect x={x} y={height - bottom - h} width={bar} height={h} fill="#555" />
              <text x={x + bar / 2} y={height - bottom - h - 5} fontSize={11} textAnchor="middle" fontFamily="serif">
                {formatNumber(r.value, locale)}
              </text>
              <text x={x + bar / 2} y={height - bottom + 16} fontSize={11} textAnchor="middle" fontFamily="serif">
                {formatMonth(r.month).slice(0, 2)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={classes.chartCaption}>{label}</figcaption>
    </figure>
  );
}

/** Each digital indicator's rate as a horizontal bar, its target as a tick. */
export function IndicatorBars({ lines, names, label, locale }: { lines: DigitalIndicatorLine[]; names: (key: DigitalIndicatorLine['key']) => string; label: string; locale: Locale }) {
  const rowH = 30;
  const left = 210;
  const right = 60;
  const height = lines.length * rowH + 10;
  const w = WIDTH - left - right;
  return (
    <figure className={classes.chart}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        {lines.map((l, i) => {
          const y = 5 + i * rowH;
          const rate = l.rate ?? 0;
          return (
            <g key={l.key}>
              <text x={left - 8} y={y + 18} fontSize={12} textAnchor="end" fontFamily="serif">
                {names(l.key)}
              </text>
              <rect x={left} y={y + 5} width={w} height={18} fill="none" stroke="#000" strokeWidth={0.5} />
              <rect x={left} y={y + 5} width={w * Math.min(1, rate)} height={18} fill="#666" />
              {l.target !== null && <line x1={left + w * Math.min(1, l.target)} x2={left + w * Math.min(1, l.target)} y1={y + 1} y2={y + 27} stroke="#000" strokeWidth={2} />}
              <text x={left + w + 6} y={y + 18} fontSize={12} fontFamily="serif">
                {formatPercent(l.rate, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={classes.chartCaption}>{label}</figcaption>
    </figure>
  );
}

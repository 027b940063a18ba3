import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent, NO_DATA } from '../../../domain/format';
import type { AreaResult, ScoreBand } from '../../../domain/inspection-results';
import type { Rate } from '../../../domain/rate';
import { useLocale } from '../../../i18n';
import { scoreBandColors } from '../../../semantic-colors';
import classes from './results.module.css';

/** A score cell of the heat map: "86 %" over its grade's word, on the grade's fill; or "—" over the reason. */
export function ScoreCell({ result, bold }: { result: AreaResult | { kind: 'total'; score: Rate; band: ScoreBand | null }; bold?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (result.kind === 'scored' || (result.kind === 'total' && result.score !== null && result.band !== null)) {
    const { score, band } = result as { score: number; band: ScoreBand };
    return (
      <Table.Td className={classes.cell} style={{ background: scoreBandColors[band] }} data-band={band}>
        <span className={classes.score} style={bold ? { fontSize: 'var(--mantine-font-size-md)' } : undefined}>
          {formatPercent(score, locale, 0)}
        </span>
        <span className={classes.band}>{t(`results.bands.${band}`)}</span>
      </Table.Td>
    );
  }
  const reason = result.kind === 'total' ? 'not-assessed' : result.kind;
  return (
    <Table.Td className={`${classes.cell} ${classes.gap}`}>
      <span className={classes.score} aria-hidden>
        {NO_DATA}
      </span>
      <span className={classes.band}>{t(`results.reasons.${reason}`)}</span>
    </Table.Td>
  );
}

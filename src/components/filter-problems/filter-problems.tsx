import { Alert, List } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { formatMonth } from '../../domain/format';
import type { DashboardFilters, FilterProblem } from '../../lib/filters/resolve-filters';
import { formatPeriod, useLocale } from '../../i18n';
import { useUnitLabel, useUnitValidity } from '../unit-picker/unit-names';

interface FilterProblemsProps {
  problems: readonly FilterProblem[];
  filters: DashboardFilters;
  meta: Meta;
  units: readonly Unit[];
}

/** What is wrong with the URL's filters and what is shown instead; and a note when the unit did not exist in the period. */
export function FilterProblems({ problems, filters, meta, units }: FilterProblemsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useUnitLabel(meta, units);
  const validity = useUnitValidity(meta);

  const messages = problems.map((p) => {
    if (p.kind === 'unit') {
      return `${t('filterProblems.unknownUnit', { unit: p.unit })} ${t('filterProblems.showingAllUnits', { unit: unitLabel(filters.unit) })}`;
    }
    // A malformed month is echoed as typed; valid months in the words people use (03/2022).
    const values = { from: formatMonth(p.from), to: formatMonth(p.to) };
    const what =
      p.problem === 'malformed'
        ? t('filterProblems.malformed', { from: p.from, to: p.to })
        : p.problem === 'reversed'
          ? t('filterProblems.reversed', values)
          : t('filterProblems.outsideCoverage', {
              ...values,
              coverageFrom: formatMonth(meta.coverage.from),
              coverageTo: formatMonth(meta.coverage.to),
            });
    return `${what} ${t('filterProblems.showingDefaultPeriod', { period: formatPeriod(filters.period, locale) })}`;
  });

  // A merged or new unit chosen for a period it did not (fully) exist in.
  const unit = units.find((u) => u.id === filters.unit);
  const outsideValidity =
    unit &&
    ((unit.validTo !== null && unit.validTo < `${filters.period.to}-01`) ||
      unit.validFrom > `${filters.period.from}-01`);
  const validityText = unit && outsideValidity ? validity(unit) : null;

  if (messages.length === 0 && !validityText) return null;
  return (
    <>
      {messages.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('filterProblems.title')}
          role="alert"
        >
          {messages.length === 1 ? (
            messages[0]
          ) : (
            <List size="sm">
              {messages.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {unit && validityText && (
        <Alert color="cchc" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('filterProblems.unitNotInPeriod', { unit: unitLabel(unit.id), validity: validityText })}
        </Alert>
      )}
    </>
  );
}

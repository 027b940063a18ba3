import type { EvidenceRefusal } from '../../../lib/inspection-sync';
import { Accordion, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionResult } from '../../../api/inspections';
import type { InspectionArea } from '../../../api/inspection-template';
import { formatPercent } from '../../../domain/format';
import type { AreaScore } from '../../../domain/inspection-score';
import { useLocale } from '../../../i18n';
import type { Change } from '../record-edits';
import { CriterionRow } from './criterion-row';

/** "đạt 7/9 tiêu chí · 77,8 %", or why an area has no score yet. */
export function useAreaScoreText() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (s: AreaScore): string => {
    if (s.score === null)
      return s.notApplicable > 0 && s.unassessed === 0 ? t('record.checklist.noneApplicable') : t('record.checklist.noneAssessed');
    return t('record.checklist.areaScore', {
      passed: s.passed,
      applicable: s.passed + s.failed,
      score: formatPercent(s.score, locale),
    });
  };
}

interface Props {
  areas: readonly InspectionArea[];
  scores: readonly AreaScore[];
  checklist: readonly CriterionResult[];
  readOnly: boolean;
  edit: (c: Change) => void;
  addEvidence: (file: File) => Promise<string>;
  evidenceRefusals: Readonly<Record<string, EvidenceRefusal>>;
  opened: string[];
  onOpenedChange: (v: string[]) => void;
}

/** The checklist area by area (only the areas in scope), each with its running score in its header. */
export function Checklist({ areas, scores, checklist, readOnly, edit, addEvidence, evidenceRefusals, opened, onOpenedChange }: Props) {
  const { t } = useTranslation();
  const scoreText = useAreaScoreText();
  const byCriterion = useMemo(() => new Map(checklist.map((c) => [c.criterionId, c])), [checklist]);
  const scoreOf = new Map(scores.map((s) => [s.areaId, s]));
  if (areas.length === 0) return <Text c="dimmed">{t('record.checklist.noAreas')}</Text>;
  return (
    <Accordion multiple value={opened} onChange={onOpenedChange} variant="separated" chevronPosition="left">
      {areas.map((area) => {
        const s = scoreOf.get(area.id);
        return (
          <Accordion.Item key={area.id} value={String(area.id)}>
            <Accordion.Control mih={44}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600}>
                  {area.id}. {area.name}
                </Text>
                {s && (
                  <Text size="sm" data-area-score={area.id}>
                    {scoreText(s)}
                    {s.unassessed > 0 && ` · ${t('record.checklist.unassessedCount', { count: s.unassessed })}`}
                  </Text>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {/* Only open areas hold their rows: a closed one costs nothing while the user types elsewhere. */}
              {opened.includes(String(area.id)) &&
                area.criteria.map((c, i) => (
                <CriterionRow
                  key={c.id}
                  number={`${area.id}.${i + 1}`}
                  criterion={c}
                  entry={byCriterion.get(c.id)}
                  readOnly={readOnly}
                  edit={edit}
                  addEvidence={addEvidence}
                  evidenceRefusals={evidenceRefusals}
                />
                ))}
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}

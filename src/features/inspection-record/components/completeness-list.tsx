import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InspectionTemplate } from '../../../api/inspection-template';
import type { CompletenessProblem } from '../../../domain/inspection-completeness';
import type { InspectionWork } from '../../../domain/inspection-work';
import { actionDomId, criterionDomId, datesDomId, findingDomId } from './dom-ids';

/** Where on the page a problem is fixed: the element to focus, and the area to open first for a criterion. */
export function problemTarget(p: CompletenessProblem): { id: string; areaId?: number } {
  switch (p.code) {
    case 'start-date-missing':
      return { id: datesDomId('startDate') };
    case 'end-before-start':
      return { id: datesDomId('endDate') };
    case 'criterion-unassessed':
      return { id: criterionDomId(p.criterionId), areaId: p.areaId };
    case 'finding-title-missing':
      return { id: findingDomId(p.findingId, 'title') };
    case 'finding-area-out-of-scope':
      return { id: findingDomId(p.findingId, 'area') };
    case 'finding-without-action':
      return { id: findingDomId(p.findingId, 'actions') };
    case 'action-field-missing':
      return { id: actionDomId(p.actionId, p.field) };
    case 'action-due-date-invalid':
    case 'action-due-before-inspection':
      return { id: actionDomId(p.actionId, 'dueDate') };
  }
}

/** Each problem in words, with a link that takes the user to the field. */
export function CompletenessList({
  problems,
  template,
  record,
  onGoTo,
}: {
  problems: readonly CompletenessProblem[];
  template: InspectionTemplate;
  record: InspectionWork;
  onGoTo: (p: CompletenessProblem) => void;
}) {
  const { t } = useTranslation();
  const criterionNumber = new Map<string, string>();
  for (const a of template.areas) a.criteria.forEach((c, i) => criterionNumber.set(c.id, `${a.id}.${i + 1}`));
  const findingIndex = new Map(record.findings.map((f, i) => [f.id, i + 1]));
  const actionIndex = new Map<string, number>();
  for (const f of record.findings) record.actions.filter((a) => a.findingId === f.id).forEach((a, i) => actionIndex.set(a.id, i + 1));

  const words = (p: CompletenessProblem): string => {
    switch (p.code) {
      case 'start-date-missing':
      case 'end-before-start':
        return t(`record.problems.${p.code}`);
      case 'criterion-unassessed':
        return t('record.problems.criterion-unassessed', { number: criterionNumber.get(p.criterionId) ?? p.criterionId });
      case 'finding-title-missing':
      case 'finding-without-action':
        return t(`record.problems.${p.code}`, { index: findingIndex.get(p.findingId) ?? '?' });
      case 'finding-area-out-of-scope':
        return t('record.problems.finding-area-out-of-scope', { index: findingIndex.get(p.findingId) ?? '?', area: p.areaId });
      case 'action-field-missing':
        return t('record.problems.action-field-missing', {
          index: findingIndex.get(p.findingId) ?? '?',
          action: actionIndex.get(p.actionId) ?? '?',
          field: t(`record.actions.fieldNames.${p.field}`),
        });
      case 'action-due-date-invalid':
      case 'action-due-before-inspection':
        return t(`record.problems.${p.code}`, { index: findingIndex.get(p.findingId) ?? '?', action: actionIndex.get(p.actionId) ?? '?' });
    }
  };

  return (
    <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('record.problems.title', { count: problems.length })} role="alert">
      <Text size="sm" mb="xs">
        {t('record.problems.intro')}
      </Text>
      <List size="sm" spacing={2} type="ordered" style={{ maxHeight: '16rem', overflowY: 'auto' }}>
        {problems.map((p, i) => (
          <List.Item key={i}>
            <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(p)} ta="left" mih={32}>
              {words(p)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import type { Inspection } from '../../../api/inspections';
import { errorMessage } from '../../../components/errors';
import { useDeleteInspection, usePatchInspectionPlan } from '../../../lib/queries/inspections';

/** Cancel (status → đã hủy) and delete (only while planned), each after a confirmation dialog, each told by a notification. */
export function usePlanActions() {
  const { t } = useTranslation();
  const patch = usePatchInspectionPlan();
  const remove = useDeleteInspection();

  const reason = (err: unknown) => (isApiError(err) && err.kind === 'conflict' ? t('inspections.conflictReason') : errorMessage(t, err));

  const cancel = (insp: Inspection) =>
    modals.openConfirmModal({
      title: t('inspections.cancel.title'),
      children: createElement('p', null, t('inspections.cancel.body', { title: insp.title })),
      labels: { confirm: t('inspections.cancel.confirm'), cancel: t('inspections.cancel.back') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        patch.mutate(
          { id: insp.id, body: { version: insp.version, status: 'cancelled' } },
          {
            onSuccess: () => notifications.show({ color: 'teal', message: t('inspections.cancel.done', { title: insp.title }) }),
            onError: (err) => notifications.show({ color: 'red', message: t('inspections.cancel.failed', { reason: reason(err) }) }),
          },
        ),
    });

  const del = (insp: Inspection) =>
    modals.openConfirmModal({
      title: t('inspections.delete.title'),
      children: createElement('p', null, t('inspections.delete.body', { title: insp.title })),
      labels: { confirm: t('inspections.delete.confirm'), cancel: t('inspections.delete.back') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: insp.id, version: insp.version },
          {
            onSuccess: () => notifications.show({ color: 'teal', message: t('inspections.delete.done', { title: insp.title }) }),
            onError: (err) => notifications.show({ color: 'red', message: t('inspections.delete.failed', { reason: reason(err) }) }),
          },
        ),
    });

  return { cancel, remove: del, pending: patch.isPending || remove.isPending };
}

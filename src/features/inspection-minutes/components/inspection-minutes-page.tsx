import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileOff, IconInfoCircle, IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../../components/errors';
import { formatDate } from '../../../domain/format';
import { inspectionMinutesFacts } from '../../../domain/inspection-minutes';
import { unitName } from '../../../i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { inspectionPath, paths } from '../../../lib/paths';
import { useMinutesData } from '../hooks/use-minutes-data';
import { MinutesDocument } from './minutes-document';
import { decreeClasses as classes } from '../../../components/decree-document';

/**
 * Biên bản kiểm tra: one inspection's minutes as the A4 document it prints to, in a paper-like frame on screen,
 * with "In / Lưu PDF" and a link back to the record. Every role that reads the inspection reads its minutes.
 */
export function InspectionMinutesPage() {
  const { inspectionId = '' } = useParams();
  const data = useMinutesData(inspectionId);
  if (data.status === 'ready') return <Ready data={data} />;
  return <NotReady inspectionId={inspectionId} data={data} />;
}

function NotReady({ inspectionId, data }: { inspectionId: string; data: Exclude<ReturnType<typeof useMinutesData>, { status: 'ready' }> }) {
  const { t } = useTranslation();
  useDocumentTitle(data.status === 'not-found' ? t('minutes.screen.unknownTitle') : t('minutes.title'), t('app.name'));
  if (data.status === 'not-found') return <UnknownInspection inspectionId={inspectionId} />;
  if (data.status === 'error') {
    return (
      <Stack gap="lg">
        <Toolbar inspectionId={inspectionId} printable={false} />
        <MinutesError error={data.error} onRetry={data.retry} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg" aria-busy>
      <Toolbar inspectionId={inspectionId} printable={false} />
      <div className={classes.frame}>
        <Skeleton className={classes.paperSkeleton} />
      </div>
    </Stack>
  );
}

function MinutesError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return <QueryError error={error} onRetry={onRetry} title={t('minutes.screen.loadError')} />;
}

type ReadyData = Extract<ReturnType<typeof useMinutesData>, { status: 'ready' }>;

function Ready({ data }: { data: ReadyData }) {
  const { t } = useTranslation();
  const { inspection, actions, template } = data;
  const facts = useMemo(() => inspectionMinutesFacts({ inspection, template, actions }), [inspection, template, actions]);
  const unit = data.units.find((u) => u.id === inspection.unitId);
  // Without the app's name: a browser offers the title as the PDF's file name.
  useDocumentTitle(t('minutes.title'), unit ? unitName(unit) : inspection.unitId, formatDate(facts.date));
  return (
    <Stack gap="lg">
      <Toolbar inspectionId={inspection.id} printable />
      {facts.draft && (
        <Alert className={classes.noPrint} color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('minutes.screen.draftAlert')}>
          {facts.status === 'cancelled' ? t('minutes.screen.cancelledHelp') : t('minutes.screen.draftHelp')}
        </Alert>
      )}
      <div className={classes.frame}>
        <MinutesDocument facts={facts} meta={data.meta} units={data.units} teams={data.teams} />
      </div>
    </Stack>
  );
}

function BackLink({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={inspectionPath(inspectionId)} className={classes.backLink}>
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={18} aria-hidden />
        {t('minutes.screen.back')}
      </Group>
    </Anchor>
  );
}

function Toolbar({ inspectionId, printable }: { inspectionId: string; printable: boolean }) {
  const { t } = useTranslation();
  return (
    <Group className={classes.noPrint} justify="space-between" align="center" wrap="wrap" gap="sm">
      <BackLink inspectionId={inspectionId} />
      <Group gap="sm" wrap="wrap" justify="flex-end">
        <Text size="sm" c="dimmed" visibleFrom="md">
          {t('minutes.screen.printHint')}
        </Text>
        <Button size="md" h={44} leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()} disabled={!printable}>
          {t('minutes.screen.print')}
        </Button>
      </Group>
    </Group>
  );
}

function UnknownInspection({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation();
  const shown = inspectionId.length > 40 ? `${inspectionId.slice(0, 40)}…` : inspectionId;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('minutes.screen.unknownTitle')}
      </Title>
      <Alert color="orange" variant="light" icon={<IconFileOff aria-hidden />} role="alert" title={t('minutes.screen.unknownAlert', { id: shown })}>
        <Text size="sm">
          {t('minutes.screen.unknownHelp')}{' '}
          <Anchor component={Link} to={paths.inspections}>
            {t('minutes.screen.toList')}
          </Anchor>
        </Text>
      </Alert>
    </Stack>
  );
}

import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconMapPinOff } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InspectionTemplate } from '../../../api/inspection-template';
import type { Unit } from '../../../api/units';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/errors';
import { completenessProblems, type CompletenessProblem } from '../../../domain/inspection-completeness';
import { inspectionScores } from '../../../domain/inspection-score';
import type { InspectionWork } from '../../../domain/inspection-work';
import { canEditInspection, type Actor } from '../../../domain/status-transitions';
import { unitName } from '../../../i18n';
import type { InspectionDraftHandle } from '../../../lib/inspection-sync';
import { paths } from '../../../lib/paths';
import { useInspectionTemplate } from '../../../lib/queries/inspection-template';
import { useUnits } from '../../../lib/queries/units';
import { useActor } from '../hooks/use-actor';
import { useRecordDraft } from '../hooks/use-record-draft';
import type { Change } from '../record-edits';
import { Checklist } from './checklist';
import { CompletenessList, problemTarget } from './completeness-list';
import { ConflictChooser } from './conflict-chooser';
import { FindingsSection, type UnitOption } from './findings-section';
import { GoodPractices } from './good-practices';
import { RecordHeader } from './record-header';
import { StatusMoves } from './status-moves';
import { useTypingInField } from '../hooks/use-typing-in-field';

/** The recording screen of one inspection (/kiem-tra/:inspectionId). */
export function InspectionRecordPage() {
  const { inspectionId = '' } = useParams();
  const { t } = useTranslation();
  const handle = useRecordDraft(inspectionId);
  const template = useInspectionTemplate();
  const units = useUnits();

  if (handle.status === 'not-found')
    return (
      <Alert color="orange" variant="light" icon={<IconMapPinOff aria-hidden />} title={t('record.notFound.title')} role="alert">
        <Text size="sm">{t('record.notFound.text', { id: inspectionId.length > 64 ? `${inspectionId.slice(0, 64)}…` : inspectionId })}</Text>
        <Anchor component={Link} to={paths.inspections} size="sm">
          {t('record.notFound.back')}
        </Anchor>
      </Alert>
    );
  if (handle.status === 'error') return <QueryError error={handle.error} onRetry={handle.retryNow} title={t('record.loadError')} />;
  if (template.error) return <QueryError error={template.error} onRetry={() => void template.refetch()} title={t('record.loadError')} />;
  if (handle.status === 'loading' || !handle.record || !template.data) return <PageLoader />;
  return <RecordBody inspectionId={inspectionId} handle={handle} record={handle.record} template={template.data} units={units.data ?? []} />;
}

/** The areas in scope of a record; every area of the template when it does not say (records of before scopes). */
function scopeOf(record: InspectionWork): readonly number[] | undefined {
  return record.areaIds.length > 0 ? record.areaIds : undefined;
}

function RecordBody({
  inspectionId,
  handle,
  record,
  template,
  units,
}: {
  inspectionId: string;
  handle: InspectionDraftHandle;
  record: InspectionWork;
  template: InspectionTemplate;
  units: readonly Unit[];
}) {
  const { t } = useTranslation();
  const { user, actor, teams, loading } = useActor(record.teamId);

  // The handle's functions may change identity on every render; rows are memoised on stable ones.
  const editRef = useRef(handle.edit);
  const addEvidenceRef = useRef(handle.addEvidence);
  useEffect(() => {
    editRef.current = handle.edit;
    addEvidenceRef.current = handle.addEvidence;
  });
  const edit = useCallback((c: Change) => editRef.current(c), []);
  const addEvidence = useCallback((f: File) => addEvidenceRef.current(f), []);

  const areaIds = scopeOf(record);
  const areas = useMemo(() => template.areas.filter((a) => !areaIds || areaIds.includes(a.id)), [template, areaIds]);
  const scores = useMemo(() => inspectionScores(template, record.checklist, areaIds), [template, record.checklist, areaIds]);
  const totals = scores.areas.reduce((s, a) => ({ achieved: s.achieved + a.achieved, applicable: s.applicable + a.applicable }), { achieved: 0, applicable: 0 });

  const unitById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const unitLabel = useCallback((id: string) => {
    const u = unitById.get(id);
    return u ? unitName(u) : id;
  }, [unitById]);
  const unitOptions: UnitOption[] = useMemo(
    () =>
      units
        .filter((u) => u.validTo === null)
        .map((u) => ({ value: u.id, label: unitName(u), level: u.level }))
        .sort((a, b) => (a.level === b.level ? a.label.localeCompare(b.label, 'vi') : a.level === 'district' ? -1 : 1))
        .map(({ value, label }) => ({ value, label })),
    [units],
  );
  const teamLabel = useCallback((id: string) => teams.find((x) => x.id === id)?.name ?? id, [teams]);

  const readOnly = !actor || !canEditInspection(actor, record.status);
  const [opened, setOpened] = useState<string[]>(() => {
    const first = scores.areas.find((s) => s.unassessed > 0) ?? scores.areas[0];
    return first ? [String(first.areaId)] : [];
  });
  const [problems, setProblems] = useState<CompletenessProblem[] | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const problemsRef = useRef<HTMLDivElement>(null);

  // Once shown, the list follows the record as the user fixes things, and goes when nothing is left.
  const liveProblems = useMemo(
    () => (problems ? completenessProblems(template, record, record.actions, areaIds) : null),
    [problems, template, record, areaIds],
  );

  const checkComplete = () => {
    const found = completenessProblems(template, record, record.actions, areaIds);
    setProblems(found);
    if (found.length === 0) return true;
    setShowErrors(true);
    requestAnimationFrame(() => problemsRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
    return false;
  };

  const goTo = (p: CompletenessProblem) => {
    const target = problemTarget(p);
    if (target.areaId !== undefined && !opened.includes(String(target.areaId))) setOpened((o) => [...o, String(target.areaId)]);
    // After the area has opened.
    setTimeout(() => {
      const el = document.getElementById(target.id);
      if (!el) return;
      el.scrollIntoView({ block: 'center' });
      const focusable = el.matches('input, textarea, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input, textarea, button');
      focusable?.focus();
    }, 50);
  };

  const [conflictDismissed, setConflictDismissed] = useState<unknown>(null);
  // The chooser opens by itself when a conflict arrives, but not in the middle of a sentence: it waits until the
  // user leaves the field (or they open it with "Chọn bản giữ lại").
  const [conflictAsked, setConflictAsked] = useState(false);
  const typing = useTypingInField();

  // Who the user is decides every control: no flash of a read-only page before it is known.
  if (loading) return <PageLoader />;

  return (
    <Stack gap="lg" maw={1200}>
      <RecordHeader
        inspectionId={inspectionId}
        record={record}
        unitLabel={unitLabel(record.unitId)}
        teamLabel={teamLabel(record.teamId)}
        total={scores.total}
        totals={totals}
        sync={handle.sync}
        refusedFiles={record.checklist.reduce((n, c) => n + c.evidence.filter((id) => id in handle.evidenceRefusals).length, 0)}
        readOnly={readOnly}
        edit={edit}
        onRetry={handle.retryNow}
        onOpenConflict={() => {
          setConflictDismissed(null);
          setConflictAsked(true);
        }}
      />
      {readOnly && user && <ReadOnlyNotice actor={actor} status={record.status} />}
      {actor && (
        <StatusMoves inspectionId={inspectionId} record={record} version={handle.version} actor={actor} sync={handle.sync} checkComplete={checkComplete} />
      )}
      <div ref={problemsRef} style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 64px) + 1rem)' }}>
        {liveProblems && liveProblems.length > 0 && (
          <CompletenessList problems={liveProblems} template={template} record={record} onGoTo={goTo} />
        )}
      </div>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('record.checklist.title')}
        </Title>
        <Checklist
          areas={areas}
          scores={scores.areas}
          checklist={record.checklist}
          readOnly={readOnly}
          edit={edit}
          addEvidence={addEvidence}
          evidenceRefusals={handle.evidenceRefusals}
          opened={opened}
          onOpenedChange={setOpened}
        />
      </Stack>
      <FindingsSection
        findings={record.findings}
        actions={record.actions}
        areas={areas}
        units={unitOptions}
        unitLabel={unitLabel}
        readOnly={readOnly}
        actor={actor}
        inspectionStatus={record.status}
        edit={edit}
        visitDay={record.startDate ?? record.plannedDate}
        showErrors={showErrors}
      />
      <GoodPractices goodPractices={record.goodPractices} areas={areas} readOnly={readOnly} edit={edit} showErrors={showErrors} />
      {handle.conflict && (
        <ConflictChooser
          key={handle.conflict.theirsVersion}
          conflict={handle.conflict}
          mine={record}
          template={template}
          unitLabel={unitLabel}
          teamLabel={teamLabel}
          opened={conflictDismissed !== handle.conflict && (conflictAsked || !typing)}
          onClose={() => {
            setConflictDismissed(handle.conflict);
            setConflictAsked(false);
          }}
        />
      )}
    </Stack>
  );
}

function ReadOnlyNotice({ actor, status }: { actor: Actor | null; status: InspectionWork['status'] }) {
  const { t } = useTranslation();
  const why =
    !actor || actor.role === 'leader'
      ? 'leader'
      : status === 'cancelled'
        ? 'cancelled'
        : status === 'finalised'
          ? 'finalised'
          : !actor.ownTeam
            ? 'otherTeam'
            : 'other';
  return (
    <Alert color="gray" variant="light" icon={<IconEye aria-hidden />} title={t('record.readOnly.title')}>
      {t(`record.readOnly.${why}`)}
    </Alert>
  );
}

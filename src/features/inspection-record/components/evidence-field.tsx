import { ActionIcon, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useEvidencePreview, type EvidenceRefusal } from '../../../lib/inspection-sync';
import { IconCamera, IconPaperclip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format';
import { useLocale } from '../../../i18n';
import { addEvidenceRef, removeEvidenceRef, type Change } from '../record-edits';

/** What the contract takes (POST /evidence): checked here first so the refusal shows at the field at once. */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

// The file names of evidence added in this session, by the id the draft gave them (the draft keeps only ids).
const namesById = new Map<string, string>();

interface Props {
  criterionId: string;
  evidence: readonly string[];
  readOnly: boolean;
  edit: (c: Change) => void;
  addEvidence: (file: File) => Promise<string>;
  /** The server's refusals of the draft's files, by id. */
  refusals?: Readonly<Record<string, EvidenceRefusal>>;
}

/** A criterion's evidence: a photo from the tablet's camera or a file, each listed by name, removable. */
export function EvidenceField({ criterionId, evidence, readOnly, edit, addEvidence, refusals = {} }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const take = async (file: File | null) => {
    if (!file) return;
    setError(null);
    if (!(EVIDENCE_TYPES as readonly string[]).includes(file.type)) {
      setError(t('record.evidence.wrongType', { name: file.name }));
      return;
    }
    if (file.size > EVIDENCE_MAX_BYTES) {
      setError(t('record.evidence.tooLarge', { name: file.name, size: formatNumber(file.size / 1024 / 1024, locale, 1) }));
      return;
    }
    setBusy(true);
    try {
      const id = await addEvidence(file);
      namesById.set(id, file.name);
      edit(addEvidenceRef(criterionId, id));
    } catch (e) {
      setError(t('record.evidence.failed', { name: file.name, reason: e instanceof Error ? e.message : '' }));
    } finally {
      setBusy(false);
    }
  };

  const label = (ref: string) => namesById.get(ref) ?? ref;
  if (readOnly)
    return evidence.length ? (
      <Text size="sm">
        {t('record.evidence.title')}: {evidence.map(label).join('; ')}
      </Text>
    ) : null;

  const errorId = `evidence-error-${criterionId}`;
  return (
    <Stack gap={4}>
      {evidence.length > 0 && (
        <List size="sm" spacing={2} aria-label={t('record.evidence.title')}>
          {evidence.map((ref, i) => (
            <EvidenceItem
              key={`${ref}-${i}`}
              id={ref}
              knownName={namesById.get(ref) ?? null}
              refusal={refusals[ref] ?? null}
              onRemove={() => edit(removeEvidenceRef(criterionId, i))}
            />
          ))}
        </List>
      )}
      <Group gap="xs">
        <FileButton onChange={(f) => void take(f)} accept="image/*" capture="environment">
          {(props) => (
            <Button {...props} variant="default" mih={44} leftSection={<IconCamera size={18} aria-hidden />} loading={busy} aria-describedby={error ? errorId : undefined}>
              {t('record.evidence.camera')}
            </Button>
          )}
        </FileButton>
        <FileButton onChange={(f) => void take(f)} accept={EVIDENCE_TYPES.join(',')}>
          {(props) => (
            <Button {...props} variant="default" mih={44} leftSection={<IconPaperclip size={18} aria-hidden />} loading={busy} aria-describedby={error ? errorId : undefined}>
              {t('record.evidence.file')}
            </Button>
          )}
        </FileButton>
      </Group>
      {error && (
        <Text size="sm" c="red" id={errorId} role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/**
 * One piece of evidence: its thumbnail (the device's copy, or the server's once uploaded; none for a PDF), its name,
 * whether the photo was scaled down before upload, the server's refusal of it if any, and the button that removes it.
 */
function EvidenceItem({ id, knownName, refusal, onRemove }: { id: string; knownName: string | null; refusal: EvidenceRefusal | null; onRemove: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const preview = useEvidencePreview(id, { thumbnail: true });
  const name = knownName ?? preview.name ?? id;
  const n = (v: number) => formatNumber(v, locale);
  const noteId = `evidence-note-${id}`;
  const refusalText = refusal
    ? refusal.status === 415
      ? t('record.evidence.refused.type')
      : refusal.status === 413
        ? t('record.evidence.refused.size')
        : t('record.evidence.refused.other', { reason: refusal.message })
    : null;
  return (
    <List.Item>
      <Group gap={4} wrap="nowrap">
        {preview.url && (preview.type ?? '').startsWith('image/') && (
          <img src={preview.url} alt="" width={44} height={44} style={{ objectFit: 'cover', borderRadius: 4, flex: 'none' }} />
        )}
        <Stack gap={0}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          {preview.scaled && !refusal && (
            <Text size="xs" c="dimmed" id={noteId}>
              {t('record.evidence.scaled', {
                width: n(preview.scaled.width),
                height: n(preview.scaled.height),
                fromWidth: n(preview.scaled.fromWidth),
                fromHeight: n(preview.scaled.fromHeight),
              })}
            </Text>
          )}
          {refusalText && (
            <Text size="sm" c="red" id={noteId} role="alert">
              {refusalText}
            </Text>
          )}
        </Stack>
        <ActionIcon
          variant="subtle"
          color="gray"
          size={44}
          aria-label={t('record.evidence.remove', { name })}
          aria-describedby={refusalText || preview.scaled ? noteId : undefined}
          onClick={onRemove}
        >
          <IconX size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </List.Item>
  );
}

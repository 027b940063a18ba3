import { ActionIcon, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useEvidencePreview } from '../../../lib/inspection-sync';
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
}

/** A criterion's evidence: a photo from the tablet's camera or a file, each listed by name, removable. */
export function EvidenceField({ criterionId, evidence, readOnly, edit, addEvidence }: Props) {
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
            <List.Item key={`${ref}-${i}`}>
              <Group gap={4} wrap="nowrap">
                <EvidenceThumbnail id={ref} />
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {label(ref)}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size={44}
                  aria-label={t('record.evidence.remove', { name: label(ref) })}
                  onClick={() => edit(removeEvidenceRef(criterionId, i))}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </List.Item>
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

/** A photo's thumbnail (from the device's copy, or the server's once uploaded); nothing for a PDF or while loading. */
function EvidenceThumbnail({ id }: { id: string }) {
  const preview = useEvidencePreview(id, { thumbnail: true });
  if (!preview.url || !(preview.type ?? '').startsWith('image/')) return null;
  return <img src={preview.url} alt="" width={44} height={44} style={{ objectFit: 'cover', borderRadius: 4, flex: 'none' }} />;
}

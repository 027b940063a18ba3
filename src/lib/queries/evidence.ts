import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getEvidenceBlob, uploadEvidence } from '../../api/evidence';

/** Generic to specific, as every resource (see dossiers.ts). */
export const evidenceKeys = {
  all: ['evidence'] as const,
  blobs: () => [...evidenceKeys.all, 'blob'] as const,
  blob: (id: string) => [...evidenceKeys.blobs(), id] as const,
};

export const evidenceQueries = {
  /**
   * The bytes of one evidence file, fetched with the session's token. An id's bytes never change, so they are never
   * stale. `meta.persist: false`: a Blob does not survive JSON, so a persister must leave these queries out.
   */
  blob: (id: string) =>
    queryOptions({
      queryKey: evidenceKeys.blob(id),
      queryFn: ({ signal }) => getEvidenceBlob(id, { signal }),
      staleTime: Infinity,
      gcTime: 10 * 60 * 1000,
      meta: { persist: false },
    }),
};

export const useEvidenceBlob = (id: string | null | undefined, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...evidenceQueries.blob(id ?? ''), enabled: enabled && !!id });

/**
 * Object URLs of the blobs on screen, counted by their users: two thumbnails of one file share a URL, and it is
 * revoked a moment after the last one goes (not at once, so a remount — React's strict mode — finds it still valid).
 */
const objectUrls = new Map<Blob, { url: string; users: number }>();
const urlOf = (blob: Blob) => {
  let entry = objectUrls.get(blob);
  if (!entry) {
    entry = { url: URL.createObjectURL(blob), users: 0 };
    objectUrls.set(blob, entry);
  }
  return entry;
};
function release(blob: Blob) {
  const entry = objectUrls.get(blob);
  if (!entry) return;
  entry.users -= 1;
  setTimeout(() => {
    if (entry.users > 0 || objectUrls.get(blob) !== entry) return;
    URL.revokeObjectURL(entry.url);
    objectUrls.delete(blob);
  }, 1000);
}

/**
 * An object URL for an evidence file (or its thumbnail: pass `thumbnailId`), for `<img src>` or a link, revoked once
 * no component shows it; null while loading or on an error (the query says which).
 */
export function useEvidenceUrl(id: string | null | undefined, opts: { enabled?: boolean } = {}) {
  const query = useEvidenceBlob(id, opts);
  const blob = query.data;
  useEffect(() => {
    if (!blob) return undefined;
    urlOf(blob).users += 1;
    return () => release(blob);
  }, [blob]);
  return { url: blob ? urlOf(blob).url : null, query };
}

/** Uploads one prepared file (src/lib/evidence/scale-image.ts) with its thumbnail; the answer is the new Evidence. */
export const useUploadEvidence = () =>
  useMutation({ mutationFn: ({ file, thumbnail }: { file: Blob; thumbnail?: Blob | null }) => uploadEvidence(file, thumbnail) });

import { useEffect } from 'react';

/** "Tổng quan · Bảng điều hành CCHC": each page names itself in the tab and for screen readers. */
export function useDocumentTitle(...parts: string[]) {
  const title = parts.filter(Boolean).join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

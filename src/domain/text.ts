/** Lower case without diacritics, so "thu phu" finds "Thư Phú" and "dung" finds "Dũng". */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
}

/** Whether every word of the query occurs in the text, ignoring case and diacritics. */
export function matchesSearch(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  const folded = foldVietnamese(text);
  return words.every((w) => folded.includes(w));
}

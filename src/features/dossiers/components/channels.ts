/** The three reception channels, their labels and colours (the same as the overview's channel split). */
export const channelSeries = [
  { name: 'receivedOnline', label: 'dossiers.charts.online', color: 'cchc.7', css: 'var(--mantine-color-cchc-7)' },
  { name: 'receivedDirect', label: 'dossiers.charts.direct', color: 'teal.6', css: 'var(--mantine-color-teal-6)' },
  { name: 'receivedPostal', label: 'dossiers.charts.postal', color: 'orange.6', css: 'var(--mantine-color-orange-6)' },
] as const;

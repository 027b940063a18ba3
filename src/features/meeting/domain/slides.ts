/** The slides of the deck, in their default order. */
export const slideIds = ['kpi', 'months', 'ranking', 'actions', 'digital', 'par', 'closing'] as const;
export type SlideId = (typeof slideIds)[number];

/** The slides of the deck, in their default order. */
export const slideIds = ['kpi', 'months', 'ranking', 'actions', 'digital', 'par', 'closing'] as const;
export type SlideId = (typeof slideIds)[number];

/** How long a slide stays up when the deck advances by itself, unless its definition says otherwise. */
export const DEFAULT_SLIDE_SECONDS = 30;

export interface SlideDefinition {
  id: SlideId;
  /** Seconds on screen under auto-advance (a table or the summary takes longer to read than a few figures). */
  seconds: number;
}

/** Every slide with what it carries besides its content: here, its auto-advance duration. */
export const slideDefinitions: Readonly<Record<SlideId, SlideDefinition>> = {
  kpi: { id: 'kpi', seconds: DEFAULT_SLIDE_SECONDS },
  months: { id: 'months', seconds: DEFAULT_SLIDE_SECONDS },
  ranking: { id: 'ranking', seconds: 40 },
  actions: { id: 'actions', seconds: DEFAULT_SLIDE_SECONDS },
  digital: { id: 'digital', seconds: 40 },
  par: { id: 'par', seconds: 25 },
  closing: { id: 'closing', seconds: 45 },
};

/** The auto-advance duration of a slide, in milliseconds (the default for a slide past the end). */
export function slideDurationMs(id: SlideId | null | undefined): number {
  return (id ? slideDefinitions[id].seconds : DEFAULT_SLIDE_SECONDS) * 1000;
}

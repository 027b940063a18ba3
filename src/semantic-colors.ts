/**
 * What a colour means, defined once for every chart and card: the channels, the target, a rate that
 * meets or misses it, the statuses of actions and inspections. Each meaning is a CSS variable whose
 * shade follows the colour scheme (theme.ts writes them); charts, Progress, Badge dots and plain
 * elements all take the `var(...)` values below, so Tổng quan, Hồ sơ TTHC and a unit's page cannot
 * drift apart. Graphics (bars, lines, dots) read at ≥ 3:1 on the card in both schemes
 * (test/unit/theme-contrast.test.ts); text colours (verdict-*) at ≥ 4.5:1.
 */

/** A Mantine colour and shade ("cchc.7") or a hex colour, for the light and the dark scheme. */
interface SchemeColour {
  light: string;
  dark: string;
}

export const semanticPalette = {
  'channel-online': { light: 'cchc.7', dark: 'cchc.4' },
  'channel-direct': { light: 'teal.8', dark: 'teal.5' },
  'channel-postal': { light: 'orange.8', dark: 'orange.5' },
  /** The target: a line or tick in the text's own grey, apart from every data colour. */
  target: { light: 'gray.8', dark: 'dark.0' },
  meets: { light: 'cchc.7', dark: 'cchc.4' },
  below: { light: 'red.9', dark: 'red.4' },
  /** The commune being viewed, in the ranking. */
  selected: { light: 'violet.7', dark: 'violet.3' },
  /** A second measure beside the first (progress rate beside on-time rate, resolved beside received). */
  secondary: { light: 'teal.8', dark: 'teal.5' },
  /** Last year's line and other context drawn behind the data. */
  context: { light: 'gray.6', dark: 'dark.2' },
  /** The PAR INDEX score's bars: a pale fill that its own labels (in the text colour) sit on. */
  'par-score': { light: 'cchc.1', dark: 'cchc.9' },
  /** Text of good and bad news (the KPI cards' change, a score short of full marks): ≥ 4.5:1. */
  'verdict-good': { light: '#1e6b30', dark: 'green.4' },
  'verdict-bad': { light: 'red.9', dark: 'red.4' },
  'status-not-started': { light: 'gray.6', dark: 'dark.2' },
  'status-in-progress': { light: 'cchc.7', dark: 'cchc.4' },
  'status-overdue': { light: 'red.9', dark: 'red.4' },
  'status-fixed': { light: 'teal.8', dark: 'teal.5' },
  'status-verified': { light: 'green.9', dark: 'green.5' },
  'status-planned': { light: 'gray.6', dark: 'dark.2' },
  'status-cancelled': { light: 'gray.7', dark: 'dark.1' },
  /** Inspection score bands (Kết quả kiểm tra's heat map): pale fills under text in the text colour, ≥ 4.5:1. */
  'band-good': { light: 'green.2', dark: '#1f4d2e' },
  'band-fair': { light: 'lime.2', dark: '#2f4a1c' },
  'band-average': { light: 'yellow.2', dark: '#4a3b10' },
  'band-weak': { light: 'red.2', dark: '#5e2228' },
} as const satisfies Record<string, SchemeColour>;

export type SemanticColourName = keyof typeof semanticPalette;

/** The CSS variable of a meaning: "--cchc-channel-online". */
export const semanticVariable = (name: SemanticColourName) => `--cchc-${name}` as const;

const v = (name: SemanticColourName) => `var(${semanticVariable(name)})` as const;

/** Channels of reception, by the channel's key in channel shares (online / direct / postal). */
export const channelColors = { online: v('channel-online'), direct: v('channel-direct'), postal: v('channel-postal') } as const;

export const targetColor = v('target');

/** A rate that meets its target, one below it, and the unit being viewed. */
export const verdictColors = { meets: v('meets'), below: v('below'), selected: v('selected') } as const;

/** Text of good and bad news. */
export const verdictTextColors = { good: v('verdict-good'), bad: v('verdict-bad') } as const;

/** Measures drawn together: the first in the primary colour, the second beside it, context behind. */
export const measureColors = { primary: v('meets'), secondary: v('secondary'), overdue: v('below'), context: v('context') } as const;

/** The PAR INDEX chart: the score as pale bars behind their labels, the rank as a strong line. */
export const parIndexColors = { score: v('par-score'), rank: v('meets') } as const;

/** Remediation actions: overdue the only red. Their labels carry the meaning too. */
export const actionStatusColors = {
  not_started: v('status-not-started'),
  in_progress: v('status-in-progress'),
  overdue: v('status-overdue'),
  fixed: v('status-fixed'),
  verified: v('status-verified'),
} as const;

/** Inspections' statuses. */
export const inspectionStatusColors = {
  planned: v('status-planned'),
  in_progress: v('status-in-progress'),
  finalised: v('status-fixed'),
  cancelled: v('status-cancelled'),
} as const;

/** Inspection score bands (src/domain/inspection-results.ts): a cell's fill; its word carries the meaning too. */
export const scoreBandColors = {
  good: v('band-good'),
  fair: v('band-fair'),
  average: v('band-average'),
  weak: v('band-weak'),
} as const;

/**
 * A filled badge carries white text, which a scheme-aware graphic colour cannot (red 4 under white is
 * 2.1:1): the Mantine colour whose filled variant reads in both schemes.
 */
export const overdueBadgeColor = 'red.8';

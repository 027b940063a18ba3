import { Alert, Anchor, Badge, createTheme, darken, isVirtualColor, keys, luminance, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import { semanticPalette, semanticVariable, type SemanticColourName } from './semantic-colors';

/**
 * A civic blue. Shades 7 (light) and 8 (dark) carry white text at ≥ 6:1, so filled buttons pass
 * axe's color-contrast rule; Mantine's default blue 6 does not (3.5:1). Shade 4 is the "-text" colour
 * on the dark background (≥ 5.7:1); shade 3 is the dark scheme's link colour (see below).
 */
const cchcBlue: MantineColorsTuple = [
  '#e7f0fa',
  '#cfe0f4',
  '#a8c7ec',
  '#86b1e4',
  '#6ea1dc',
  '#3f7fcc',
  '#2567b6',
  '#1d5fa6',
  '#15508f',
  '#0f4278',
];

export const theme = createTheme({
  primaryColor: 'cchc',
  primaryShade: { light: 7, dark: 8 },
  colors: { cchc: cchcBlue },
  fontFamily: "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  headings: {
    fontFamily: "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    fontWeight: '700',
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Tooltip: { defaultProps: { withArrow: true, multiline: true, maw: 280 } },
    // An alert's title takes shade 9 of its colour on shade 1: too pale for yellow and orange. Body text colour instead.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    // Links are underlined, as the report table's already are. In the dark scheme no blue can be ≥ 4.5:1 on the
    // background and ≥ 3:1 against the light grey text around it, so colour alone cannot tell a link inside a
    // sentence apart (axe link-in-text-block: the merger note's and the unknown-unit alert's links).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' }, styles: { root: { textUnderlineOffset: '2px' } } }),
    // A badge is never cut to "F…": Mantine keeps its label on one line with an ellipsis, and a squeezed table
    // column cut the English statuses ("Finalised") to their first letter. The label wraps between words
    // instead, and the badge grows to hold it (at least as wide as its longest word).
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', lineHeight: 1.3, paddingBlock: 2, overflow: 'visible' },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
      },
    }),
  },
});

/** WCAG 2 contrast ratio of two opaque colours (what axe's color-contrast rule measures). */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color` darkened in small steps until it reads at ≥ `min`:1 on `background` (unchanged when it already does). */
export function readableOn(color: string, background: string, min = 4.6): string {
  for (let amount = 0; amount < 1; amount += 0.05) {
    const candidate = amount === 0 ? color : darken(color, amount);
    if (contrastRatio(candidate, background) >= min) return candidate;
  }
  return '#000000';
}

/**
 * The "light" variant (Badge, Alert, Button, ThemeIcon) in the light scheme writes shade 9 on shade 1
 * (shade 2 on hover). For teal, green, lime, yellow, orange and red that is under 4.5:1 (teal 4.3:1,
 * yellow 2.7:1): their text colour is darkened until it reads on shade 2, for every colour of the theme.
 * The dark scheme's light variant (shade 0 on shade 9 darkened by half) is above 8:1 for all of them.
 */
function lightVariantTextColours(theme: Parameters<CSSVariablesResolver>[0]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const name of keys(theme.colors)) {
    const shades = theme.colors[name];
    if (!shades || isVirtualColor(shades)) continue;
    const text = readableOn(shades[9], shades[2]);
    if (text !== shades[9]) vars[`--mantine-color-${name}-light-color`] = text;
  }
  return vars;
}

/** "cchc.7" → "var(--mantine-color-cchc-7)"; a hex colour as it is. */
export function paletteValue(ref: string): string {
  const m = /^([a-z]+)\.(\d)$/.exec(ref);
  return m ? `var(--mantine-color-${m[1]}-${m[2]})` : ref;
}

/** The semantic colours (src/semantic-colors.ts) as CSS variables of one scheme. */
function semanticVariables(scheme: 'light' | 'dark'): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const name of keys(semanticPalette) as SemanticColourName[]) vars[semanticVariable(name)] = paletteValue(semanticPalette[name][scheme]);
  return vars;
}

/**
 * - The semantic colours, each with its shade for the scheme.
 * - Mantine's "dimmed" grey fails contrast (3.3:1 on white, 4.0:1 on the dark body): ≥ 6:1 in both schemes.
 * - Links in the dark scheme: Mantine's shade 4 is 5.0:1 on a dark card but 4.2:1 on the dark-5 grey that
 *   Mantine paints under a hovered table row (and a hovered menu item or default button). Shade 3 reads at
 *   ≥ 5.0:1 on every dark surface up to dark-5, so every table with `highlightOnHover` passes while hovered,
 *   and its hover stays as visible as Mantine drew it, in a card or on the page.
 * - Light-variant text colours as above.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    ...lightVariantTextColours(theme),
    ...semanticVariables('light'),
    '--mantine-color-dimmed': '#5c636a',
    // Placeholders (Mantine's gray 5, 2.6:1 on white) are text a user reads: 4.5:1 like the dimmed text.
    '--mantine-color-placeholder': '#6b7178',
  },
  dark: {
    ...semanticVariables('dark'),
    '--mantine-color-anchor': `var(--mantine-color-${theme.primaryColor}-3)`,
    '--mantine-color-dimmed': '#a6a7ab',
    '--mantine-color-placeholder': '#a6a7ab',
  },
});

import { Alert, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * A civic blue. Shades 7 (light) and 8 (dark) carry white text at ≥ 6:1, so filled buttons pass
 * axe's color-contrast rule; Mantine's default blue 6 does not (3.5:1). Shade 4 is the link and
 * "-text" colour on the dark background (≥ 5.7:1).
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
  },
});

/** Mantine's "dimmed" grey fails contrast (3.3:1 on white, 4.0:1 on the dark body): ≥ 6:1 in both schemes. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--cchc-verdict-good': '#1e6b30',
    '--cchc-verdict-bad': '#c92a2a',
  },
  dark: {
    '--mantine-color-dimmed': '#a6a7ab',
    '--cchc-verdict-good': '#69db7c',
    '--cchc-verdict-bad': '#ff8787',
  },
});

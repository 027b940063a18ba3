import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { semanticPalette, semanticVariable, type SemanticColourName } from '../../src/semantic-colors';
import { contrastRatio, cssVariablesResolver, paletteValue, readableOn, theme } from '../../src/theme';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const resolved = cssVariablesResolver(merged);

describe('contrastRatio', () => {
  it('gives the WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // Mantine's teal 9 on teal 1: the light badge that failed axe.
    expect(contrastRatio('#087f5b', '#c3fae8')).toBeCloseTo(4.33, 2);
  });

  it('readableOn keeps a colour that already reads and darkens one that does not', () => {
    expect(readableOn('#000000', '#ffffff')).toBe('#000000');
    const teal = readableOn('#087f5b', '#96f2d7');
    expect(teal).not.toBe('#087f5b');
    expect(contrastRatio(teal, '#96f2d7')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the theme’s colours pass axe’s 4.5:1', () => {
  it.each(Object.keys(merged.colors))('light variant of %s in the light scheme, on its background and hover', (name) => {
    const shades = merged.colors[name]!;
    const text = resolved.light[`--mantine-color-${name}-light-color`] ?? shades[9];
    expect(contrastRatio(text, shades[1])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, shades[2])).toBeGreaterThanOrEqual(4.5);
  });

  it('links in the dark scheme, on the card, the page and a hovered table row (dark 5)', () => {
    expect(resolved.dark['--mantine-color-anchor']).toBe('var(--mantine-color-cchc-3)');
    const link = merged.colors.cchc![3];
    for (const background of [merged.colors.dark[7], merged.colors.dark[6], merged.colors.dark[5]]) {
      expect(contrastRatio(link, background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

/** A palette entry ("cchc.7" or "#1e6b30") as a hex colour of the merged theme. */
const hexOf = (ref: string) => {
  const m = /^([a-z]+)\.(\d)$/.exec(ref);
  return m ? merged.colors[m[1] as string]![Number(m[2])]! : ref;
};
const textColours = new Set<SemanticColourName>(['verdict-good', 'verdict-bad']);
// Fills that carry labels in the text colour (black in the light scheme, dark 0 in the dark one).
const labelledFills = new Set<SemanticColourName>(['par-score', 'band-good', 'band-fair', 'band-average', 'band-weak']);
const textOf = { light: merged.black, dark: merged.colors.dark[0] };
// The light card is white; the dark card is dark 6 and the page dark 7.
const cards = { light: [merged.white], dark: [merged.colors.dark[6], merged.colors.dark[7]] };

describe('semantic colours', () => {
  it.each(Object.keys(semanticPalette) as SemanticColourName[])('%s is a variable of both schemes and reads on the card', (name) => {
    for (const scheme of ['light', 'dark'] as const) {
      const ref = semanticPalette[name][scheme];
      expect(resolved[scheme][semanticVariable(name)]).toBe(paletteValue(ref));
      if (labelledFills.has(name)) {
        expect(contrastRatio(textOf[scheme], hexOf(ref))).toBeGreaterThanOrEqual(4.5);
        continue;
      }
      // Graphics need 3:1 against what is next to them (WCAG 1.4.11), text 4.5:1.
      const min = textColours.has(name) ? 4.5 : 3;
      for (const card of cards[scheme]) expect(contrastRatio(hexOf(ref), card)).toBeGreaterThanOrEqual(min);
    }
  });

  it('paletteValue turns a theme shade into its Mantine variable and keeps a hex colour', () => {
    expect(paletteValue('cchc.7')).toBe('var(--mantine-color-cchc-7)');
    expect(paletteValue('#1e6b30')).toBe('#1e6b30');
  });

  it('the channels are three different colours in each scheme, apart from the target', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const channels = (['channel-online', 'channel-direct', 'channel-postal'] as const).map((n) => semanticPalette[n][scheme]);
      expect(new Set(channels).size).toBe(3);
      expect(channels).not.toContain(semanticPalette.target[scheme]);
    }
  });
});

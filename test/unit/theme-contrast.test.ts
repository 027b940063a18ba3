import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, cssVariablesResolver, readableOn, theme } from '../../src/theme';

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

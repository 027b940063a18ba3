import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/locales/en';
import { vi } from '../../src/i18n/locales/vi';

/** Every leaf key path of a resource tree, sorted. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}

/** The {{placeholders}} of a string, sorted. */
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
  );
}

describe('i18n resources', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(keys(en)).toEqual(keys(vi));
  });

  it('has the same placeholders in both languages and no empty string', () => {
    const enLeaves = new Map(leaves(en));
    for (const [key, viText] of leaves(vi)) {
      const enText = enLeaves.get(key) ?? '';
      expect(viText.trim(), key).not.toBe('');
      expect(enText.trim(), key).not.toBe('');
      expect(placeholders(enText), key).toEqual(placeholders(viText));
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('src/domain has no words for users', () => {
  it('writes no Vietnamese and no phrase in its string literals (comments aside): words live in src/i18n/locales', () => {
    const domain = path.resolve(import.meta.dirname, '../../src/domain');
    const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
    const phrase = /[a-z]{2,} [a-z]{2,}/i;
    const found: string[] = [];
    for (const file of sources(domain)) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      for (const [literal] of code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g))
        if (vietnamese.test(literal) || phrase.test(literal)) found.push(`${path.relative(domain, file)}: ${literal}`);
    }
    expect(found).toEqual([]);
  });
});

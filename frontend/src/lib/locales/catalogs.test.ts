/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '@/features/entities/api';
import en from './en.json';
import es from './es.json';

type Catalog = { [key: string]: string | Catalog };

function keysOf(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

const PLURAL = /_(one|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every literal key the code translates: t('a.b'), i18n.t('a.b'), i18nKey="a.b". */
function keysUsedInCode(): string[] {
  const src = join(import.meta.dirname, '..', '..');
  const used = new Set<string>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:t|translate)\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
      used.add(match[1]!);
    }
  }
  return [...used];
}

describe('translation catalogs', () => {
  const enKeys = keysOf(en);
  const esKeys = keysOf(es);

  it('have the same keys in Spanish and English', () => {
    expect(esKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !esKeys.includes(key))).toEqual([]);
  });

  it('have no empty text', () => {
    const empty = (catalog: Catalog) =>
      keysOf(catalog).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Catalog)[part], catalog);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(en)).toEqual([]);
    expect(empty(es)).toEqual([]);
  });

  it('hold every key the code uses, in both languages', () => {
    const used = keysUsedInCode();
    expect(used.length).toBeGreaterThan(100);
    const present = (keys: string[]) => new Set(keys.map(base));
    const inEn = present(enKeys);
    const inEs = present(esKeys);
    expect(used.filter((key) => !inEn.has(key))).toEqual([]);
    expect(used.filter((key) => !inEs.has(key))).toEqual([]);
  });

  it('name every field type and role', () => {
    for (const keys of [enKeys, esKeys]) {
      for (const type of FIELD_TYPES) expect(keys).toContain(`fieldTypes.${type}`);
      for (const role of ['ADMIN', 'USER', 'AUDITOR']) expect(keys).toContain(`roles.${role}`);
    }
  });
});

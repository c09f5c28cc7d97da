import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ko } from './ko';
import { en } from './en';
import { koLearn } from './ko-learn';

const koAll = { ...ko, ...koLearn };

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'gql' ? [] : sources(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('translations', () => {
  it('Korean and English have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(koAll).sort());
  });

  it('no string is empty in either language', () => {
    const empty = [...keys(koAll).filter((k) => !k.split('.').reduce((o: any, p) => o[p], koAll)), ...keys(en).filter((k) => !k.split('.').reduce((o: any, p) => o[p], en))];
    expect(empty).toEqual([]);
  });

  it('every t("…") key used in the code exists in both languages', () => {
    const all = new Set(keys(koAll));
    const used = sources(join(__dirname, '..')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !all.has(k))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ko } from '../lib/i18n/ko';
import { en } from '../lib/i18n/en';
import { FEATURES } from './features';

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

/** Every namespace: the shell's and each feature's, in both languages. */
async function namespaces(): Promise<Array<{ name: string; ko: object; en: object }>> {
  const features = await Promise.all(
    FEATURES.map(async (f) => ({
      name: f.name,
      ko: (typeof f.strings.ko === 'function' ? await f.strings.ko() : f.strings.ko) as object,
      en: (await f.strings.en()) as object,
    })),
  );
  return [{ name: 'translation', ko, en }, ...features];
}

describe('translations', () => {
  it('Korean and English have exactly the same keys, in every namespace', async () => {
    for (const ns of await namespaces())
      expect({ ns: ns.name, keys: keys(ns.en).sort() }).toEqual({ ns: ns.name, keys: keys(ns.ko).sort() });
  });

  it('no string is empty in either language', async () => {
    const empty = (await namespaces()).flatMap((ns) =>
      [ns.ko, ns.en].flatMap((o) =>
        keys(o)
          .filter((k) => !k.split('.').reduce((x: any, p) => x[p], o))
          .map((k) => `${ns.name}:${k}`),
      ),
    );
    expect(empty).toEqual([]);
  });

  it('a key lives in one namespace only', async () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const ns of await namespaces())
      for (const k of keys(ns.ko)) {
        if (seen.has(k)) twice.push(`${k} (${seen.get(k)}, ${ns.name})`);
        else seen.set(k, ns.name);
      }
    expect(twice).toEqual([]);
  });

  it('every t("…") key used in the code exists', async () => {
    const all = new Set((await namespaces()).flatMap((ns) => keys(ns.ko)));
    const used = sources(join(__dirname, '..')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !all.has(k))).toEqual([]);
  });
});

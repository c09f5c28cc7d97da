import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryMisuses } from '@lalaland/shared';

const repo = join(__dirname, '../../../..');
/** Names fixed by an outside standard: the national open-data field list names the host's 운영기관전화번호. */
const STANDARD_NAMES = ['운영기관전화번호'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return ['gql', 'migrations', 'node_modules', 'dist'].includes(f) ? [] : sources(p);
    return /\.tsx?$/.test(f) && f !== 'glossary.ts' && !f.endsWith('.test.ts') && !f.endsWith('.spec.ts') ? [p] : [];
  });
}

describe('one name per concept', () => {
  it('no portal string, label table, file header or API message uses a word the glossary replaced', () => {
    const misuses = ['apps/web/src', 'apps/api/src', 'packages/shared/src'].flatMap((dir) =>
      sources(join(repo, dir)).flatMap((file) => {
        const text = STANDARD_NAMES.reduce((t, name) => t.replaceAll(name, ''), readFileSync(file, 'utf8'));
        return glossaryMisuses(text).map((m) => `${file.slice(repo.length + 1)}: "${m.found}" → "${m.use}"`);
      }),
    );
    expect(misuses).toEqual([]);
  });

  it('no dialog’s submit button repeats its title (a title names the dialog, the button says what happens)', () => {
    const repeats = sources(join(repo, 'apps/web/src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<FormModal([^>]*?)>/gs)].flatMap(([, props]) => {
        const title = /title=\{t\('([^']+)'/.exec(props!)?.[1];
        const submit = /submitLabel=\{t\('([^']+)'/.exec(props!)?.[1];
        return title && title === submit ? [`${file.slice(repo.length + 1)}: ${title}`] : [];
      }),
    );
    expect(repeats).toEqual([]);
  });
});

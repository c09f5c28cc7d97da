import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One access idiom: a visibility or capability rule is written in its module's policy (`*.access.ts`) and nowhere
 * else. Outside the policies no module reads `ctx.isPlatformAdmin` (the admin bypass is the policy's: `orAdmin`) or
 * compares an id with `ctx.activeOrganizationId` (whose record it is: a capability of the policy). The few places that
 * are not about visibility are named here with their reason; a new one fails this test.
 */
const MODULES = join(__dirname, '../../modules');

const ALLOWED: Record<string, string> = {
  // building the session itself: who the caller is, which organization they may switch to
  'auth/auth.service.ts': 'the session: a platform admin may act for any organization',
  'members/members.resolver.ts': "Organization.myRole: the caller's own role where it acts (the session, not a record)",
  // authorship under a referral's sharing consent: the caller's own items are always theirs; the others' follow RecordGrant.sharedUnder
  'comments/comment.service.ts': 'authorship of comments under a sharing consent (RecordGrant.sharedUnder decides)',
  'documents/document.service.ts': 'authorship of documents under a sharing consent (RecordGrant.sharedUnder decides)',
};

const RULES: Array<{ name: string; re: RegExp }> = [
  { name: 'reads ctx.isPlatformAdmin', re: /\bctx\.isPlatformAdmin\b/ },
  { name: 'compares with ctx.activeOrganizationId', re: /[!=]==\s*ctx\.activeOrganizationId\b|\bctx\.activeOrganizationId\s*[!=]==/ },
  { name: 'calls ctx.actsFor', re: /\bctx\.actsFor\(/ },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'migrations' ? [] : files(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

describe('one access idiom: rules live in the policies', () => {
  it('no service, resolver or handler decides visibility itself', () => {
    const found: string[] = [];
    for (const file of files(MODULES)) {
      const rel = relative(MODULES, file);
      if (rel.endsWith('.access.ts') || ALLOWED[rel]) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const rule of RULES) if (rule.re.test(line)) found.push(`${rel}:${i + 1} ${rule.name}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('every allowed exception still exists (a stale entry is removed)', () => {
    for (const rel of Object.keys(ALLOWED)) {
      const text = readFileSync(join(MODULES, rel), 'utf8');
      expect({ rel, uses: RULES.some((r) => r.re.test(text)) }).toEqual({ rel, uses: true });
    }
  });
});

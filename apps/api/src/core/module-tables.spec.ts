import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MODULES } from '../modules';

/**
 * Modules own their tables, like they own their imports (eslint's zones): this test reads every module's code — SQL
 * strings and entity repositories — and checks that no module writes another module's table, and that only read models
 * (kpis, reports, search…) read other modules' tables, those of modules listed before them, each declared in `reads`
 * (and each declared read still happens). Every other module reads through the owner's services and the relations and
 * predicates of its `published.ts`, which live in the owner's folder and so are the owner's code here. Table owners come
 * from the entities (`@Entity('name')`) and the CREATE TABLE of each module's migrations.
 */
const ROOT = join(__dirname, '../modules');
const CORE_TABLES = ['audit_event', 'outbox_message', 'rate_limit', 'migrations'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

const names = MODULES.map((m) => m.name);
const owner = new Map<string, string>(CORE_TABLES.map((t) => [t, 'core']));
const entityTable = new Map<string, string>();
const sources = new Map<string, Array<{ rel: string; text: string }>>();
for (const name of names) {
  const list = files(join(ROOT, name)).map((p) => ({ rel: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
  sources.set(
    name,
    list.filter((f) => !f.rel.includes('/migrations/')),
  );
  for (const f of list) {
    for (const m of f.text.matchAll(/@Entity\('([a-z_]+)'\)[\s\S]*?export class (\w+)/g)) {
      owner.set(m[1]!, name);
      entityTable.set(m[2]!, m[1]!);
    }
    if (f.rel.includes('/migrations/'))
      for (const m of f.text.matchAll(/CREATE (?:UNLOGGED )?TABLE (?:IF NOT EXISTS )?"?([a-z_]+)/g))
        if (!owner.has(m[1]!)) owner.set(m[1]!, name);
  }
}

const SQL_WRITE = /\b(?:INSERT INTO|UPDATE|DELETE FROM|TRUNCATE)\s+"?([a-z_]+)"?/g;
const SQL_READ = /\b(?:FROM|JOIN)\s+"?([a-z_]+)"?/g;
const ENTITY_WRITE = /\b(?:save|insert|update|delete|upsert|remove|softDelete|increment|decrement)\((\w+)\b/g;
const ENTITY_READ =
  /\b(?:getRepository|find|findBy|findOne|findOneBy|findOneOrFail|findOneByOrFail|existsBy|exists|count|countBy|createQueryBuilder|findAndCount|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect)\((\w+)\b/g;

function uses(name: string) {
  const reads = new Map<string, string>();
  const writes: string[] = [];
  for (const { rel, text } of sources.get(name)!) {
    const tables = (re: RegExp, entity: boolean) =>
      [...text.matchAll(re)]
        .map((m) => (entity ? entityTable.get(m[1]!) : m[1]!))
        .filter((t): t is string => !!t && owner.has(t) && owner.get(t) !== name);
    for (const t of [...tables(SQL_WRITE, false), ...tables(ENTITY_WRITE, true)]) writes.push(`${rel} writes ${t} (${owner.get(t)})`);
    for (const t of [...tables(SQL_READ, false), ...tables(ENTITY_READ, true)]) if (!reads.has(t)) reads.set(t, rel);
  }
  return { reads, writes };
}

describe('modules own their tables', () => {
  it('finds the owners (every module table has one)', () => {
    expect(owner.get('programme')).toBe('programmes');
    expect(owner.get('kpi_cell')).toBe('kpis');
    expect(owner.get('attendance')).toBe('enrolments');
  });

  it('no module writes another module’s table', () => {
    expect(names.flatMap((n) => uses(n).writes)).toEqual([]);
  });

  it('only read models name other modules’ tables: those listed before them, each declared in `reads`', () => {
    const problems: string[] = [];
    MODULES.forEach((m, i) => {
      const { reads } = uses(m.name);
      const declared = new Set(m.reads ?? []);
      if (!m.readModel && declared.size)
        problems.push(`${m.name} is not a read model: it reads through the owners' published.ts, declares no reads`);
      for (const [table, rel] of reads) {
        const by = owner.get(table)!;
        if (by !== 'core' && names.indexOf(by) > i) problems.push(`${rel} reads ${table} of ${by}, listed after ${m.name}`);
        else if (by !== 'core' && !declared.has(table))
          problems.push(
            m.readModel
              ? `${rel} reads ${table} of ${by}: declare it in ${m.name}'s reads`
              : `${rel} reads ${table} of ${by}: ask ${by}'s service or what its published.ts offers`,
          );
      }
      for (const table of declared)
        if (!reads.has(table)) problems.push(`${m.name} declares reads of ${table} it no longer makes: remove it`);
    });
    expect(problems).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../src/core/auth/permission.decorator';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AuditService } from '../src/core/audit/audit.service';
import { buildSchemaSdl } from '../src/core/graphql/schema-sdl';
import { APP } from '../src/modules';
import { Client, startTestApp, TestApp } from './support/app';

@Resolver()
class ForgetfulResolver {
  @Query(() => String)
  secret() {
    return 'should never be served';
  }
}
@Module({ providers: [ForgetfulResolver] })
class ForgetfulModule {}

@Resolver()
class UnboundedResolver {
  @Mutation(() => String)
  @RequirePermission(Permission.Self)
  note(@Args('text') text: string) {
    return text;
  }
}
@Module({ providers: [UnboundedResolver] })
class UnboundedModule {}

describe('deny by default', () => {
  it('refuses to boot when an operation declares no permission', async () => {
    await expect(startTestApp([ForgetfulModule])).rejects.toThrow(/Refusing to boot: .*ForgetfulResolver\.secret/);
  });

  it('refuses to boot when a text argument declares no bound (hardening 2, item 12)', async () => {
    await expect(startTestApp([UnboundedModule])).rejects.toThrow(
      /Refusing to boot: these text arguments declare no bound .*UnboundedResolver\.note\(text\)/,
    );
  });
});

describe('API core', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin@lalaland.test');
  });
  afterAll(() => t.close());

  it('the committed schema.gql is what the running app serves (run `npm run schema` when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '../schema.gql'), 'utf8');
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    expect(committed).toBe(await buildSchemaSdl(APP.resolvers));
    expect(committed).toContain(served);
  });

  it('runs on Node 24 LTS, also where the machine has an older Node (npm install brings it: README)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('the migrations match the entities (no pending schema change)', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('a mutation that fails half-way leaves neither its change nor its audit row', async () => {
    const audit = t.app.get(AuditService);
    const spy = jest.spyOn(audit, 'record').mockImplementationOnce(async (ctx, entry) => {
      await AuditService.prototype.record.call(audit, ctx, entry);
      throw new Error('disk full after the audit row was written');
    });
    const id = await t.orgId('SAMPLE_UNIV_A');
    const before = (await t.db.query('SELECT count(*)::int AS n FROM audit_event'))[0].n;
    const r = await admin.gql('mutation($id: ID!) { updateOrganization(id: $id, input: { nameKo: "바뀌면 안 됨" }) { nameKo } }', { id });
    expect(Client.code(r)).toBe('INTERNAL_SERVER_ERROR');
    expect(r.errors![0]!.message).not.toMatch(/disk full/);
    expect((await t.db.query('SELECT name_ko FROM organization WHERE id = $1', [id]))[0].name_ko).toBe('예시대학교 (샘플)');
    expect((await t.db.query('SELECT count(*)::int AS n FROM organization_name WHERE organization_id = $1', [id]))[0].n).toBe(0);
    expect((await t.db.query('SELECT count(*)::int AS n FROM audit_event'))[0].n).toBe(before);
    spy.mockRestore();
  });

  it('audit rows carry actor, organization, action, changed fields and the request id', async () => {
    const id = await t.orgId('SAMPLE_UNIV_B');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie!, 'x-request-id': 'req-audit-1' },
      body: JSON.stringify({
        query: 'mutation($id: ID!) { updateOrganization(id: $id, input: { contactPhone: "051-000-0000" }) { id } }',
        variables: { id },
      }),
    });
    expect(res.status).toBe(200);
    // The server's own request id, echoed in the answer; the client's header is not taken as evidence.
    const serverId = res.headers.get('x-request-id')!;
    expect(serverId).not.toBe('req-audit-1');
    expect((await t.db.query("SELECT count(*)::int AS n FROM audit_event WHERE request_id = 'req-audit-1'"))[0].n).toBe(0);
    const [row] = await t.db.query(
      'SELECT a.*, u.email FROM audit_event a JOIN app_user u ON u.id = a.actor_user_id WHERE a.request_id = $1',
      [serverId],
    );
    expect(row).toMatchObject({
      email: 'admin@lalaland.test',
      organization_id: id,
      action: 'organization.update',
      entity_type: 'organization',
      entity_id: id,
      changes: { contactPhone: [null, '051-000-0000'] },
    });
  });

  it('introspection is for platform admins only', async () => {
    const q = '{ __schema { queryType { name } } }';
    expect((await admin.gql(q)).data!.__schema.queryType.name).toBe('Query');
    const staff = await t.as('nam.staff@lalaland.test');
    expect(Client.code(await staff.gql(q))).toBe('INTROSPECTION_FORBIDDEN');
    expect(Client.code(await t.client().gql('{ __type(name: "Organization") { name } }'))).toBe('INTROSPECTION_FORBIDDEN');
    expect((await staff.gql('{ __typename }')).data!.__typename).toBe('Query');
  });

  it('rejects deep, alias-heavy and oversized queries with QUERY_TOO_COMPLEX, not a server error', async () => {
    const deep =
      '{ organizations { items { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } }';
    const r1 = await admin.gql(deep);
    expect(r1.status).toBe(400);
    expect(Client.code(r1)).toBe('QUERY_TOO_COMPLEX');
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: organizations(limit: 1) { totalCount }`).join(' ')} }`;
    expect(Client.code(await admin.gql(aliases))).toBe('QUERY_TOO_COMPLEX');
    const tokens = `{ organizations(search: "x") { items { ${Array.from({ length: 2500 }, () => 'id').join(' ')} } } }`;
    expect(Client.code(await admin.gql(tokens))).toBe('QUERY_TOO_COMPLEX');
  });

  it('a body over 100 KB is answered 413 PAYLOAD_TOO_LARGE, and the client reads that answer', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', padding: 'a'.repeat(2_000_000) }),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
        'PAYLOAD_TOO_LARGE',
      );
    }
  });

  it('answers malformed and hostile requests with 4xx and a code, never 500', async () => {
    const post = (
      body: string,
      headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    ) => fetch(`${t.url}/graphql`, { method: 'POST', headers, body });
    // A legacy client (plain JSON) is told of a query that cannot run with 200 and the errors, as GraphQL over HTTP asks.
    for (const query of ['{ organizations { ', '{ nope }']) {
      const legacy = await post(JSON.stringify({ query }), { 'content-type': 'application/json', accept: 'application/json' });
      const body = (await legacy.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect({ query, status: legacy.status, code: body.errors?.[0]?.extensions?.code?.startsWith('GRAPHQL_') }).toEqual({
        query,
        status: 200,
        code: true,
      });
    }
    const cases: Array<[string, Promise<Response>]> = [
      ['bad JSON', post('{"query": ')],
      ['no query', post('{}')],
      ['query not a string', post('{"query": 42}')],
      ['query is JSON, not GraphQL', post(JSON.stringify({ query: '42' }))],
      ['query is a JSON-encoded AST', post(JSON.stringify({ query: JSON.stringify({ kind: 'Document', definitions: 7 }) }))],
      ['syntax error', post(JSON.stringify({ query: '{ organizations { ' }))],
      ['unknown field', post(JSON.stringify({ query: '{ nope }' }))],
      [
        'wrong variable type',
        post(JSON.stringify({ query: 'query($l: Int) { organizations(limit: $l) { totalCount } }', variables: { l: 'ten' } })),
      ],
      ['batched', post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]))],
      ['CSRF: simple form post', post('query={__typename}', { 'content-type': 'application/x-www-form-urlencoded' })],
      ['CSRF: GET without preflight header', fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`)],
      ['huge body', post(JSON.stringify({ query: `{ __typename }`, variables: { x: 'x'.repeat(150_000) } }))],
    ];
    for (const [name, request] of cases) {
      const res = await request;
      expect({ name, status: res.status }).toEqual({ name, status: expect.any(Number) });
      expect([name, res.status >= 400 && res.status < 500]).toEqual([name, true]);
      const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect([name, typeof body.errors?.[0]?.extensions?.code]).toEqual([name, 'string']);
      expect([name, body.errors?.[0]?.extensions?.code]).not.toEqual([name, 'INTERNAL_SERVER_ERROR']);
    }
  });

  it('GET /health reports the database', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });
});

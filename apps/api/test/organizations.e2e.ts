import { Client, startTestApp, TestApp } from './support/app';
import { graphql } from './gql';

const LIST = graphql(`
  query TestOrganizationList($search: String, $kind: OrganizationKind, $offset: Int, $limit: Int) {
    organizations(search: $search, kind: $kind, offset: $offset, limit: $limit) {
      totalCount
      offset
      limit
      items {
        id
        shortCode
        nameKo
        nameEn
        kind
        adminCode
        isSample
        parent {
          shortCode
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation TestUpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      nameKo
      nameEn
      nameHistory {
        nameKo
        validTo
      }
    }
  }
`);
const ONE = graphql(`
  query TestOrganization($id: ID!) {
    organization(id: $id) {
      id
    }
  }
`);
const CREATE = graphql(`
  mutation TestCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      shortCode
      parent {
        shortCode
      }
      isSample
    }
  }
`);
const MEMBERS_OF = graphql(`
  query TestOrganizationMembers($id: ID!) {
    organization(id: $id) {
      shortCode
      viewerCanSeeMembers
      members {
        totalCount
      }
    }
  }
`);

describe('organizations directory', () => {
  let t: TestApp;
  let staff: Client;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.as('nam.staff@lalaland.test');
    admin = await t.as('admin@lalaland.test');
  });
  afterAll(() => t.close());

  it('lists the seeded partners: the city, 16 Gu/Gun with administrative codes, the institute, the ministry and marked samples', async () => {
    const districts = await staff.gql(LIST, { kind: 'DISTRICT', limit: 100 });
    expect(districts.data!.organizations.totalCount).toBe(16);
    const byCode = Object.fromEntries(districts.data!.organizations.items.map((o) => [o.adminCode, o]));
    expect(byCode['26290']).toMatchObject({ shortCode: 'NAM', parent: { shortCode: 'BUSAN' } });
    expect(byCode['26470']).toMatchObject({ shortCode: 'YEONJE' });
    const all = await staff.gql(LIST, { limit: 100 });
    const kinds = new Set(all.data!.organizations.items.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['CITY', 'COMPANY', 'DISTRICT', 'INSTITUTE', 'LEARNING_CENTER', 'MINISTRY', 'UNIVERSITY']);
    const samples = all.data!.organizations.items.filter((o) => ['UNIVERSITY', 'COMPANY', 'LEARNING_CENTER'].includes(o.kind));
    expect(samples).toHaveLength(7);
    expect(samples.every((o) => o.isSample && /샘플/.test(o.nameKo))).toBe(true);
  });

  it('searches by Korean or English name, filters by kind, and paginates', async () => {
    expect((await staff.gql(LIST, { search: '연제' })).data!.organizations.items.map((o) => o.shortCode).sort()).toEqual([
      'SAMPLE_LC_YEONJE',
      'YEONJE',
    ]);
    expect((await staff.gql(LIST, { search: 'yeonje-gu' })).data!.organizations.items.map((o) => o.shortCode)).toContain('YEONJE');
    expect((await staff.gql(LIST, { search: '100%_' })).data!.organizations.totalCount).toBe(0);
    const p1 = await staff.gql(LIST, { limit: 10, offset: 0 });
    const p2 = await staff.gql(LIST, { limit: 10, offset: 10 });
    expect(p1.data!.organizations.items).toHaveLength(10);
    const ids1 = new Set(p1.data!.organizations.items.map((o) => o.id));
    expect(p2.data!.organizations.items.some((o) => ids1.has(o.id))).toBe(false);
    expect(Client.code(await staff.gql(LIST, { limit: 1000 }))).toBe('VALIDATION_FAILED');
  });

  it('an unknown or malformed id answers ORGANIZATION_NOT_FOUND, never a server error', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "'; DROP TABLE organization; --"]) {
      const r = await staff.gql(ONE, { id });
      expect(Client.code(r)).toBe('ORGANIZATION_NOT_FOUND');
    }
  });

  it('platform admins create organizations (validated, unique codes, audited); staff get FORBIDDEN', async () => {
    const input = {
      kind: 'LEARNING_CENTER' as const,
      nameKo: '해운대 예시센터',
      nameEn: 'Haeundae Sample Centre',
      shortCode: 'SAMPLE_LC_HAEUNDAE',
      parentId: await t.orgId('HAEUNDAE'),
      isSample: true,
    };
    expect(Client.code(await staff.gql(CREATE, { input }))).toBe('FORBIDDEN');
    const created = await admin.gql(CREATE, { input });
    expect(created.data!.createOrganization).toMatchObject({ shortCode: 'SAMPLE_LC_HAEUNDAE', parent: { shortCode: 'HAEUNDAE' } });
    expect(Client.code(await admin.gql(CREATE, { input }))).toBe('ORGANIZATION_CODE_TAKEN');
    const invalid = await admin.gql(CREATE, { input: { ...input, shortCode: 'lower case', contactEmail: 'nope' } });
    expect(Client.code(invalid)).toBe('VALIDATION_FAILED');
    expect(invalid.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['contactEmail', 'shortCode']);
    const audit = await t.db.query('SELECT action, changes FROM audit_event WHERE entity_id = $1', [created.data!.createOrganization.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].changes.shortCode).toEqual([null, 'SAMPLE_LC_HAEUNDAE']);
  });

  it('a rename keeps the former name in the history; a parent cannot be a descendant', async () => {
    const id = await t.orgId('SAMPLE_CO_B');
    const r = await admin.gql(UPDATE, { id, input: { nameKo: '예시디지털주식회사 (샘플)' } });
    expect(r.data!.updateOrganization.nameKo).toBe('예시디지털주식회사 (샘플)');
    expect(r.data!.updateOrganization.nameHistory[0]).toMatchObject({ nameKo: '예시디지털협동조합 (샘플)' });
    const busan = await t.orgId('BUSAN');
    expect(Client.code(await admin.gql(UPDATE, { id: busan, input: { parentId: await t.orgId('NAM') } }))).toBe(
      'ORGANIZATION_PARENT_INVALID',
    );
    expect(Client.code(await staff.gql(UPDATE, { id, input: { nameKo: 'x' } }))).toBe('FORBIDDEN');
  });

  describe('cross-organization block', () => {
    it("staff of Nam-gu see Yeonje-gu's public profile but not its members (NOT_FOUND)", async () => {
      const r = await staff.gql(MEMBERS_OF, { id: await t.orgId('YEONJE') });
      expect(r.data!.organization).toMatchObject({ shortCode: 'YEONJE', viewerCanSeeMembers: false, members: null });
      expect(Client.code(r)).toBe('MEMBERSHIP_NOT_FOUND');
    });

    it("an org admin cannot change another organization's profile (FORBIDDEN: only platform admins edit profiles)", async () => {
      const namAdmin = await t.as('nam.admin@lalaland.test');
      expect(Client.code(await namAdmin.gql(UPDATE, { id: await t.orgId('YEONJE'), input: { nameKo: '탈취' } }))).toBe('FORBIDDEN');
      const rows = await t.db.query("SELECT name_ko FROM organization WHERE short_code = 'YEONJE'");
      expect(rows[0].name_ko).toBe('부산광역시 연제구');
    });

    it('unauthenticated calls get UNAUTHENTICATED', async () => {
      expect(Client.code(await t.client().gql(LIST, {}))).toBe('UNAUTHENTICATED');
    });
  });
});

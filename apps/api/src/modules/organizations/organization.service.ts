import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { RequestContext, byIds, groupByIds } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService, diff } from '../../core/audit/audit.service';
import { Page, isUuid, likePattern } from '../../core/graphql/pagination';
import { Organization } from './organization.entity';
import { OrganizationName } from './organization-name.entity';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './organization.dto';
import { Transactions } from '../../core/database/transaction';
import { AccessService } from '../../core/access/access.service';
import { queryBind, type Bind } from '../../core/access/access-policy';
import { ORGANIZATION_ACCESS } from './organization.access';

const EDITABLE: Array<keyof Organization> = [
  'kind',
  'nameKo',
  'nameEn',
  'shortCode',
  'adminCode',
  'parentId',
  'contactEmail',
  'contactPhone',
  'address',
  'activeFrom',
  'activeTo',
  'isSample',
];
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul' }).format(new Date());

/** The directory's filters as SQL over an organization aliased `alias` (the list's query and its one-statement read). */
export function organizationFilters(args: OrganizationsArgs, alias: string, bind: Bind): string[] {
  const where: string[] = [];
  const search = args.search?.trim();
  if (search) {
    const p = bind(likePattern(search));
    where.push(`(${alias}.name_ko ILIKE ${p} OR ${alias}.name_en ILIKE ${p} OR ${alias}.short_code ILIKE ${p})`);
  }
  if (args.kind) where.push(`${alias}.kind = ${bind(args.kind)}`);
  if (!args.includeInactive) where.push(`(${alias}.active_to IS NULL OR ${alias}.active_to >= CURRENT_DATE)`);
  return where;
}

@Injectable()
export class OrganizationService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly accessLayer: AccessService,
  ) {}

  /** The directory: every signed-in user sees every partner's public profile. */
  async list(_ctx: RequestContext, args: OrganizationsArgs): Promise<Page<Organization>> {
    const qb = this.db.getRepository(Organization).createQueryBuilder('o');
    for (const condition of organizationFilters(args, 'o', queryBind(qb, 'f_'))) qb.andWhere(condition);
    qb.orderBy('o.kind', 'ASC').addOrderBy('o.name_ko', 'ASC').addOrderBy('o.id', 'ASC').skip(args.offset).take(args.limit);
    const [items, totalCount] = await qb.getManyAndCount();
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  async get(ctx: RequestContext, id: string): Promise<Organization> {
    const org = isUuid(id) ? await this.byId(ctx).load(id) : null;
    if (!org) throw new AppError('ORGANIZATION_NOT_FOUND');
    return org;
  }

  /** Batched by id per request (parent, membership.organization). */
  byId(ctx: RequestContext) {
    return ctx.loader<Organization>('organization.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(Organization).findBy({ id: In([...ids]) })),
    );
  }

  nameHistory(ctx: RequestContext, organizationId: string): Promise<OrganizationName[]> {
    return ctx
      .loader<OrganizationName[]>('organization.names', async (ids) =>
        groupByIds(
          ids,
          await this.db.getRepository(OrganizationName).find({ where: { organizationId: In([...ids]) }, order: { validTo: 'DESC' } }),
          (n) => n.organizationId,
        ),
      )
      .load(organizationId) as Promise<OrganizationName[]>;
  }

  /** The caller acts for the organization (its members, audit trail, storage): ORGANIZATION_ACCESS. */
  async canSeeMembers(ctx: RequestContext, organizationId: string): Promise<boolean> {
    return !!(await this.accessLayer.find(ctx, ORGANIZATION_ACCESS, organizationId))?.actsFor;
  }

  /** The caller changes the organization's settings (its message budget): ORGANIZATION_ACCESS. */
  async administers(ctx: RequestContext, organizationId: string): Promise<boolean> {
    return !!(await this.accessLayer.find(ctx, ORGANIZATION_ACCESS, organizationId))?.administers;
  }

  /** The caller invites, re-roles and removes members here: ORGANIZATION_ACCESS. */
  async canManageMembers(ctx: RequestContext, organizationId: string): Promise<boolean> {
    return !!(await this.accessLayer.find(ctx, ORGANIZATION_ACCESS, organizationId))?.managesMembers;
  }

  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
    return this.tx.run(ctx, async (em) => {
      await this.assertCodesFree(em.getRepository(Organization), input.shortCode, input.adminCode ?? null, null);
      if (input.parentId && !(await em.existsBy(Organization, { id: input.parentId }))) throw new AppError('ORGANIZATION_NOT_FOUND');
      const org = em.create(Organization, {
        ...input,
        activeFrom: input.activeFrom ?? today(),
        adminCode: input.adminCode ?? null,
        parentId: input.parentId ?? null,
        isSample: input.isSample ?? false,
      });
      await em.save(org);
      await this.audit.record(ctx, {
        action: 'organization.create',
        entityType: 'organization',
        entityId: org.id,
        organizationId: org.id,
        changes: diff(null, org, EDITABLE),
      });
      return org;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    if (!isUuid(id)) throw new AppError('ORGANIZATION_NOT_FOUND');
    return this.tx.run(ctx, async (em) => {
      const org = await em.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw new AppError('ORGANIZATION_NOT_FOUND');
      const before = { ...org };
      if (input.adminCode !== undefined) await this.assertCodesFree(em.getRepository(Organization), null, input.adminCode, id);
      if (input.parentId) await this.assertParent(em, id, input.parentId);
      const renamed =
        (input.nameKo !== undefined && input.nameKo !== org.nameKo) || (input.nameEn !== undefined && input.nameEn !== org.nameEn);
      if (renamed) {
        const last = await em.findOne(OrganizationName, { where: { organizationId: id }, order: { validTo: 'DESC' } });
        const validFrom = last ? last.validTo : org.activeFrom;
        await em.insert(OrganizationName, { organizationId: id, nameKo: org.nameKo, nameEn: org.nameEn, validFrom, validTo: today() });
      }
      const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<Organization>;
      em.merge(Organization, org, patch);
      await em.save(org);
      await this.audit.record(ctx, {
        action: 'organization.update',
        entityType: 'organization',
        entityId: id,
        organizationId: id,
        changes: diff(before, patch, EDITABLE),
      });
      return org;
    });
  }

  private async assertCodesFree(
    repo: ReturnType<DataSource['getRepository']>,
    shortCode: string | null,
    adminCode: string | null,
    exceptId: string | null,
  ) {
    const qb = repo
      .createQueryBuilder('o')
      .where('(o.short_code = :shortCode OR o.admin_code = :adminCode)', { shortCode: shortCode ?? '', adminCode: adminCode ?? '' });
    if (exceptId) qb.andWhere('o.id <> :exceptId', { exceptId });
    if (await qb.getExists()) throw new AppError('ORGANIZATION_CODE_TAKEN');
  }

  /** A parent must exist and must not be the organization itself or one of its descendants. */
  private async assertParent(em: import('typeorm').EntityManager, id: string, parentId: string) {
    if (parentId === id) throw new AppError('ORGANIZATION_PARENT_INVALID');
    const rows: Array<{ id: string }> = await em.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM organization WHERE id = $1
         UNION ALL SELECT o.id, o.parent_id FROM organization o JOIN up ON o.id = up.parent_id)
       SELECT id FROM up`,
      [parentId],
    );
    if (rows.length === 0) throw new AppError('ORGANIZATION_NOT_FOUND');
    if (rows.some((r) => r.id === id)) throw new AppError('ORGANIZATION_PARENT_INVALID');
  }
}

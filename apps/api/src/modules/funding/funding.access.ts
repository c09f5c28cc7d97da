import type { StreamMemberRole } from '@lalaland/shared';
import { orAdmin, type AccessPolicy, type Bind, type PolicyScope } from '../../core/access/access-policy';
import { organizationIsSql } from '../organizations';
import type { RequestContext } from '../../core/context/request-context';

/** The active organization is a ministry: it reads every stream (totals only). The one definition of the ministry rule. */
export function isMinistrySql(ctx: RequestContext, bind: Bind): string {
  return ctx.activeOrganizationId ? organizationIsSql(bind(ctx.activeOrganizationId), 'MINISTRY') : 'false';
}

/**
 * Who sees a funding stream, for any table that names one (`streamIdSql`): its member organizations, ministries and
 * platform admins (null: everyone). Programmes reuse it, so the rule has one home.
 */
export function streamVisibleSql(ctx: RequestContext, bind: Bind, streamIdSql: string): string | null {
  if (ctx.isPlatformAdmin) return null;
  const org = ctx.activeOrganizationId;
  if (!org) return 'false';
  return `(${streamIdSql} IN (SELECT sm.stream_id FROM stream_member sm WHERE sm.organization_id = ${bind(org)}) OR ${isMinistrySql(ctx, bind)})`;
}

/** The active organization leads the stream `streamIdSql` names (its coordination: every member's tasks, receipts). */
export function streamLeadSql(ctx: RequestContext, bind: Bind, streamIdSql: string): string {
  const org = ctx.activeOrganizationId;
  if (!org) return 'false';
  return `EXISTS (SELECT 1 FROM stream_member sl WHERE sl.stream_id = ${streamIdSql} AND sl.organization_id = ${bind(org)} AND sl.role = 'LEAD')`;
}

/** The active organization leads the stream `streamIdSql` names, or the caller is a platform admin: it oversees the stream. */
export function overseesSql(ctx: RequestContext, bind: Bind, streamIdSql: string): string {
  return orAdmin(ctx, () => streamLeadSql(ctx, bind, streamIdSql));
}

export type StreamCapabilities = {
  /** The active organization's role in the stream, if it is a member. */
  memberRole: StreamMemberRole | null;
  /** The active organization leads the stream. */
  lead: boolean;
  /** Works in the stream (a member, or a platform admin): proposes, enrols, reads expenditures; a ministry reads totals only. */
  participates: boolean;
  /** Oversees it (the lead, or a platform admin): every member's tasks and submitted spending. */
  oversees: boolean;
  /** Lead organization's admin or platform admin: manages members and budget, decides expenditures. */
  manages: boolean;
  /** Sees every organization's lines and totals (lead, platform admin, ministry). */
  seesAll: boolean;
  /** Sees other organizations' submitted and decided expenditures (lead, platform admin; a ministry sees totals only). */
  seesOthersSpending: boolean;
};

/** A funding stream: visible to its members, ministries (read-only totals) and platform admins. */
export const STREAM_ACCESS: AccessPolicy<StreamCapabilities> = {
  name: 'fundingStream',
  table: 'funding_stream',
  notFound: 'FUNDING_STREAM_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => streamVisibleSql(ctx, bind, `${alias}.id`),
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const org = ctx.activeOrganizationId;
    const role = org
      ? `(SELECT sm.role::text FROM stream_member sm WHERE sm.stream_id = ${alias}.id AND sm.organization_id = ${bind(org)} LIMIT 1)`
      : 'NULL::text';
    const lead = `COALESCE(${role} = 'LEAD', false)`;
    const admin = ctx.isPlatformAdmin ? 'true' : 'false';
    return {
      memberRole: role,
      lead,
      participates: orAdmin(ctx, `(${role} IS NOT NULL)`),
      oversees: orAdmin(ctx, lead),
      manages: orAdmin(ctx, ctx.role === 'ORG_ADMIN' ? lead : 'false'),
      seesAll: `(${admin} OR ${lead} OR ${isMinistrySql(ctx, bind)})`,
      seesOthersSpending: orAdmin(ctx, lead),
    };
  },
};

/** The lead organization's admins decide for the stream `streamIdSql` names (budgets, expenditures, reports): or a platform admin. */
function managesSql(ctx: RequestContext, bind: Bind, streamIdSql: string): string {
  return orAdmin(ctx, () => (ctx.role === 'ORG_ADMIN' ? streamLeadSql(ctx, bind, streamIdSql) : 'false'));
}

/**
 * A budget line: the organization it is planned for sees it; the stream's lead, ministries and platform admins see
 * every line of the stream (STREAM_ACCESS's `seesAll`). The lead's admins re-plan it; the organization spends on it.
 */
export const BUDGET_LINE_ACCESS: AccessPolicy<{ own: boolean; canSpend: boolean; canPlan: boolean }> = {
  name: 'budgetLine',
  table: 'budget_line',
  notFound: 'BUDGET_LINE_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    const org = ctx.activeOrganizationId;
    if (!org) return 'false';
    return `(${alias}.organization_id = ${bind(org)} OR ${streamLeadSql(ctx, bind, `${alias}.stream_id`)} OR ${isMinistrySql(ctx, bind)})`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const own = ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false';
    return { own, canSpend: orAdmin(ctx, own), canPlan: managesSql(ctx, bind, `${alias}.stream_id`) };
  },
};

/**
 * An expenditure: the spending organization sees its own, drafts included; the stream's lead (and a platform admin)
 * sees every submitted or decided one. The spender edits, submits and deletes (a platform admin too); the lead's
 * admins decide. Ministries see totals only (no rows).
 */
export const EXPENDITURE_ACCESS: AccessPolicy<{ own: boolean; canEdit: boolean; canDecide: boolean; awaitsMe: boolean }> = {
  name: 'expenditure',
  table: 'expenditure',
  notFound: 'EXPENDITURE_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    const org = ctx.activeOrganizationId;
    const own = org ? `${alias}.organization_id = ${bind(org)}` : 'false';
    return `(${own} OR (${alias}.status <> 'DRAFT' AND ${overseesSql(ctx, bind, `${alias}.stream_id`)}))`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const own = ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false';
    return {
      own,
      canEdit: orAdmin(ctx, own),
      canDecide: managesSql(ctx, bind, `${alias}.stream_id`),
      // in the caller's approval queue: submitted to a stream its organization leads (every stream for a platform admin)
      awaitsMe: `(${alias}.status = 'SUBMITTED' AND ${overseesSql(ctx, bind, `${alias}.stream_id`)})`,
    };
  },
};

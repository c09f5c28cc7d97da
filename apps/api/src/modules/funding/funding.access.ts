import type { StreamMemberRole } from '@lalaland/shared';
import type { AccessPolicy, Bind, PolicyScope } from '../../core/access/access-policy';
import type { RequestContext } from '../../core/context/request-context';

/** The active organization is a ministry: it reads every stream (totals only). The one definition of the ministry rule. */
export function isMinistrySql(ctx: RequestContext, bind: Bind): string {
  return ctx.activeOrganizationId ? `EXISTS (SELECT 1 FROM organization mo WHERE mo.id = ${bind(ctx.activeOrganizationId)} AND mo.kind = 'MINISTRY')` : 'false';
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

export type StreamCapabilities = {
  /** The active organization's role in the stream, if it is a member. */
  memberRole: StreamMemberRole | null;
  /** The active organization leads the stream. */
  lead: boolean;
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
    const role = org ? `(SELECT sm.role::text FROM stream_member sm WHERE sm.stream_id = ${alias}.id AND sm.organization_id = ${bind(org)} LIMIT 1)` : 'NULL::text';
    const lead = `COALESCE(${role} = 'LEAD', false)`;
    const admin = ctx.isPlatformAdmin ? 'true' : 'false';
    return {
      memberRole: role,
      lead,
      manages: ctx.isPlatformAdmin ? 'true' : ctx.role === 'ORG_ADMIN' ? lead : 'false',
      seesAll: `(${admin} OR ${lead} OR ${isMinistrySql(ctx, bind)})`,
      seesOthersSpending: `(${admin} OR ${lead})`,
    };
  },
};

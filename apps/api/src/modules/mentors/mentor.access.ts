import { orAdmin, type AccessPolicy, type PolicyScope } from '../../core/access/access-policy';
import { shareStreamSql } from '../funding';
import { runsProgrammeSql } from '../programmes';

/**
 * A mentor: the organization holding the person sees and edits the profile; the organizations sharing a funding
 * stream with it see the profile under the pseudonymous key (to deploy the mentor into their classes).
 */
export const MENTOR_ACCESS: AccessPolicy<{ held: boolean; canEdit: boolean }> = {
  name: 'mentor',
  table: 'mentor',
  notFound: 'MENTOR_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    if (!ctx.activeOrganizationId) return 'false';
    const o = bind(ctx.activeOrganizationId);
    return `(${alias}.organization_id = ${o} OR ${shareStreamSql(`${alias}.organization_id`, o)})`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    const held = ctx.activeOrganizationId ? `(${alias}.organization_id = ${bind(ctx.activeOrganizationId)})` : 'false';
    return { held, canEdit: orAdmin(ctx, held) };
  },
};

type AssignmentFacts = {
  /** The active organization holds the mentor (replies for them, logs their hours). */
  holder: boolean;
  /** The active organization hosts or co-hosts the class (assigns, cancels, verifies hours). */
  host: boolean;
  /** Replies and logs hours: the holder, or a platform admin. */
  canReply: boolean;
  /** Assigns, cancels and verifies: the host, or a platform admin. */
  canManage: boolean;
};

/** A mentor assignment: seen by the class's host and co-hosts and by the organization holding the mentor; nobody else. */
export const MENTOR_ASSIGNMENT_ACCESS: AccessPolicy<AssignmentFacts> = {
  name: 'mentorAssignment',
  table: 'mentor_assignment',
  notFound: 'MENTOR_ASSIGNMENT_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => {
    if (ctx.isPlatformAdmin) return null;
    if (!ctx.activeOrganizationId) return 'false';
    const o = bind(ctx.activeOrganizationId);
    return `(${holderSql(alias, o)} OR ${hostSql(alias, o)})`;
  },
  capabilities: ({ ctx, alias, bind }: PolicyScope) => {
    if (!ctx.activeOrganizationId)
      return { holder: 'false', host: 'false', canReply: orAdmin(ctx, 'false'), canManage: orAdmin(ctx, 'false') };
    const o = bind(ctx.activeOrganizationId);
    return {
      holder: holderSql(alias, o),
      host: hostSql(alias, o),
      canReply: orAdmin(ctx, holderSql(alias, o)),
      canManage: orAdmin(ctx, hostSql(alias, o)),
    };
  },
};

const holderSql = (alias: string, o: string) =>
  `EXISTS (SELECT 1 FROM mentor hm WHERE hm.id = ${alias}.mentor_id AND hm.organization_id = ${o})`;
const hostSql = (alias: string, o: string) => runsProgrammeSql(`${alias}.programme_id`, o);

/** A mentor group: the organization holding its members only. */
export const MENTOR_GROUP_ACCESS: AccessPolicy<{ held: boolean }> = {
  name: 'mentorGroup',
  table: 'mentor_group',
  notFound: 'MENTOR_GROUP_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) =>
    ctx.activeOrganizationId ? `${alias}.organization_id = ${bind(ctx.activeOrganizationId)}` : 'false',
  capabilities: () => ({ held: 'true' }),
};

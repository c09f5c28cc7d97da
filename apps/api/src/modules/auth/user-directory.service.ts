import { Injectable } from '@nestjs/common';
import type { MembershipRole } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';

export interface DirectoryUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  organizationId: string;
  role: MembershipRole;
}

/** Who acts for an organization, for modules that tell people things (notifications, e-mail): never a GraphQL field. */
@Injectable()
export class UserDirectory {
  constructor(private readonly tx: Transactions) {}

  /** The members of these organizations in these roles (one statement). */
  async membersOf(ctx: RequestContext, organizationIds: readonly string[], roles: readonly MembershipRole[]): Promise<DirectoryUser[]> {
    if (!organizationIds.length || !roles.length) return [];
    return (await this.tx.readOwnWrites(ctx).query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.locale, m.organization_id AS "organizationId", m.role
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = ANY($1::uuid[]) AND m.role::text = ANY($2::text[])
        ORDER BY u.id`,
      [organizationIds, roles],
    )) as DirectoryUser[];
  }

  /** Every membership of these users (which organizations they act for, in which role). */
  async membershipsOf(ctx: RequestContext, userIds: readonly string[]): Promise<DirectoryUser[]> {
    if (!userIds.length) return [];
    return (await this.tx.readOwnWrites(ctx).query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.locale, m.organization_id AS "organizationId", m.role
         FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.id = ANY($1::uuid[]) ORDER BY u.id, m.organization_id`,
      [userIds],
    )) as DirectoryUser[];
  }

  /** Staff and admins of these organizations, by name: at most 20 (who may be mentioned in a comment). */
  async colleagues(ctx: RequestContext, organizationIds: readonly string[], search: string): Promise<DirectoryUser[]> {
    return (await this.tx.readOwnWrites(ctx).query(
      `SELECT DISTINCT ON (u.id) u.id, u.email, u.display_name AS "displayName", u.locale, m.organization_id AS "organizationId", m.role
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.role IN ('ORG_ADMIN', 'STAFF') AND u.display_name ILIKE $2 ESCAPE '\\'
          AND m.organization_id = ANY($1::uuid[])
        ORDER BY u.id LIMIT 20`,
      [organizationIds, `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    )) as DirectoryUser[];
  }

  /** A person's id and name, for a page of records naming people (one statement per request tick). */
  person(ctx: RequestContext) {
    return ctx.loader<{ id: string; displayName: string }>('directory.person', async (ids) => {
      const rows = await this.users(ctx, [...ids]);
      return ids.map((id) => {
        const u = rows.find((r) => r.id === id);
        return u ? { id: u.id, displayName: u.displayName } : null;
      });
    });
  }

  /** These users, with the organization they are members of (null: no membership there). */
  async users(ctx: RequestContext, ids: readonly string[]): Promise<Array<Omit<DirectoryUser, 'organizationId' | 'role'>>> {
    if (!ids.length) return [];
    return (await this.tx
      .readOwnWrites(ctx)
      .query(`SELECT id, email, display_name AS "displayName", locale FROM app_user WHERE id = ANY($1::uuid[])`, [ids])) as DirectoryUser[];
  }
}

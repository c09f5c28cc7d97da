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
    return (await this.tx.manager(ctx).query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.locale, m.organization_id AS "organizationId", m.role
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = ANY($1::uuid[]) AND m.role::text = ANY($2::text[])
        ORDER BY u.id`,
      [organizationIds, roles],
    )) as DirectoryUser[];
  }

  /** These users, with the organization they are members of (null: no membership there). */
  async users(ctx: RequestContext, ids: readonly string[]): Promise<Array<Omit<DirectoryUser, 'organizationId' | 'role'>>> {
    if (!ids.length) return [];
    return (await this.tx.manager(ctx).query(`SELECT id, email, display_name AS "displayName", locale FROM app_user WHERE id = ANY($1::uuid[])`, [ids])) as DirectoryUser[];
  }
}

import { Injectable } from '@nestjs/common';
import type { MembershipRole } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { isUuid } from '../../core/graphql/pagination';
import { Membership } from './membership.entity';
import { User } from './user.entity';

/**
 * The writes to accounts and memberships, owned here (the members module manages invitations and calls these inside
 * its transaction, through the request context). Nothing outside the auth module writes app_user, membership or
 * user_session.
 */
@Injectable()
export class Accounts {
  constructor(private readonly tx: Transactions) {}

  /** The account of an e-mail, with its password hash (to know whether it has one), or null. */
  async byEmail(ctx: RequestContext, email: string): Promise<User | null> {
    return this.tx
      .readOwnWrites(ctx)
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  /** Creates the account an invitation sets up, or gives a password-less one (invited before) its password and name. */
  async setUp(ctx: RequestContext, email: string, displayName: string, passwordHash: string, existing: User | null): Promise<User> {
    return this.tx.run(ctx, async (em) => {
      if (existing) {
        await em.update(User, { id: existing.id }, { passwordHash, displayName });
        return existing;
      }
      return em.save(em.create(User, { email, displayName, passwordHash, isPlatformAdmin: false, locale: ctx.lang }));
    });
  }

  /** Adds a membership (nothing if the person is already a member). */
  async join(ctx: RequestContext, userId: string, organizationId: string, role: MembershipRole): Promise<void> {
    await this.tx.run(ctx, (em) =>
      em.query(
        'INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, $3) ON CONFLICT (user_id, organization_id) DO NOTHING',
        [userId, organizationId, role],
      ),
    );
  }

  /** Whether someone with this e-mail is already a member of the organization. */
  async isMember(ctx: RequestContext, organizationId: string, email: string): Promise<boolean> {
    return this.tx
      .readOwnWrites(ctx)
      .createQueryBuilder(Membership, 'm')
      .innerJoin('m.user', 'u')
      .where('m.organization_id = :org AND u.email = :email', { org: organizationId, email })
      .getExists();
  }

  /**
   * A membership, with its organization's admin rows locked for the rest of the transaction (so two admins removing
   * each other cannot leave the organization without one).
   */
  async lockMembership(ctx: RequestContext, membershipId: string): Promise<Membership | null> {
    return this.tx.run(ctx, async (em) => {
      const m = isUuid(membershipId) ? await em.findOneBy(Membership, { id: membershipId }) : null;
      if (m) await em.query("SELECT id FROM membership WHERE organization_id = $1 AND role = 'ORG_ADMIN' FOR UPDATE", [m.organizationId]);
      return m;
    });
  }

  async adminCount(ctx: RequestContext, organizationId: string): Promise<number> {
    return this.tx.readOwnWrites(ctx).countBy(Membership, { organizationId, role: 'ORG_ADMIN' });
  }

  async changeRole(ctx: RequestContext, m: Membership, role: MembershipRole): Promise<Membership> {
    return this.tx.run(ctx, async (em) => {
      m.role = role;
      return em.save(m);
    });
  }

  /** Ends a membership; sessions acting for that organization lose it (they pick another or none). */
  async leave(ctx: RequestContext, m: Membership): Promise<void> {
    await this.tx.run(ctx, async (em) => {
      await em.delete(Membership, { id: m.id });
      await em.query('UPDATE user_session SET active_organization_id = NULL WHERE user_id = $1 AND active_organization_id = $2', [
        m.userId,
        m.organizationId,
      ]);
    });
  }
}

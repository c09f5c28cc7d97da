import { Injectable } from '@nestjs/common';
import type { MembershipRole } from '@lalaland/shared';
import { DataSource, In } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { RequestContext, byIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { Page, isUuid, likePattern } from '../../core/graphql/pagination';
import { Membership } from './membership.entity';
import { User } from './user.entity';

/**
 * Accounts and memberships for the other modules, owned here (the members module manages invitations and calls these
 * inside its transaction, through the request context). Nothing outside the auth module reads or writes app_user,
 * membership or user_session but through this service and `published.ts`.
 */
@Injectable()
export class Accounts {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** An organization's members, admins first, then by name; `search` matches a name or an e-mail. */
  async members(organizationId: string, args: { search?: string | null; offset: number; limit: number }): Promise<Page<Membership>> {
    const qb = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.organization_id = :organizationId', { organizationId });
    const search = args.search?.trim();
    if (search) qb.andWhere('(u.display_name ILIKE :p OR u.email ILIKE :p)', { p: likePattern(search) });
    qb.orderBy('m.role', 'ASC') // enum order: ORG_ADMIN, STAFF, VIEWER
      .addOrderBy('u.display_name', 'ASC')
      .offset(args.offset)
      .limit(args.limit);
    const [items, totalCount] = await qb.getManyAndCount();
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** Users by id, batched per request. */
  userById(ctx: RequestContext) {
    return ctx.loader<User>('user.byId', async (ids) => byIds(ids, await this.db.getRepository(User).findBy({ id: In([...ids]) })));
  }

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

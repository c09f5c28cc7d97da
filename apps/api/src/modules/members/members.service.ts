import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG } from '../../core/config';
import type { AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import './members.events';
import { AuditService } from '../../core/audit/audit.service';
import { Page, isUuid } from '../../core/graphql/pagination';
import { Accounts, AuthService, Viewer, assertPasswordPolicy, hashPassword, sha256, Membership } from '../auth';
import { OrganizationService, findOrganization } from '../organizations';
import { Invitation } from './invitation.entity';
import {
  AcceptInvitationInput,
  InvitationPreview,
  InvitationResult,
  InviteMemberInput,
  MembersArgs,
  UpdateMemberRoleInput,
} from './members.dto';
import { Transactions } from '../../core/database/transaction';
import { MEMBERS_FIELDS } from './members.errors';

const INVITATION_DAYS = 7;

@Injectable()
export class MembersService {
  private readonly logger = new Logger(MembersService.name);
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly organizations: OrganizationService,
    private readonly events: EventBus,
    private readonly accounts: Accounts,
  ) {}

  /** Members of an organization: visible to that organization's own users and platform admins; others get NOT_FOUND. */
  async list(ctx: RequestContext, organizationId: string, args: MembersArgs): Promise<Page<Membership>> {
    if (!(await this.organizations.canSeeMembers(ctx, organizationId))) throw new AppError('MEMBERSHIP_NOT_FOUND');
    return this.accounts.members(organizationId, args);
  }

  /** Open invitations of an organization (its admins and platform admins). */
  async pendingInvitations(ctx: RequestContext, organizationId: string): Promise<Invitation[]> {
    if (!(await this.organizations.canManageMembers(ctx, organizationId))) throw new AppError('ORGANIZATION_NOT_FOUND');
    return this.db
      .getRepository(Invitation)
      .find({ where: { organizationId, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) }, order: { createdAt: 'DESC' } });
  }

  userById(ctx: RequestContext) {
    return this.accounts.userById(ctx);
  }

  organizationOf(ctx: RequestContext, m: { organizationId: string }) {
    return this.organizations.byId(ctx).load(m.organizationId);
  }

  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<InvitationResult> {
    if (!(await this.organizations.canManageMembers(ctx, input.organizationId))) throw new AppError('ORGANIZATION_NOT_FOUND');
    const email = input.email.trim().toLowerCase();
    return this.tx.run(ctx, async (em) => {
      const org = await findOrganization(em, input.organizationId);
      if (!org) throw new AppError('ORGANIZATION_NOT_FOUND');
      const existing = await this.accounts.isMember(ctx, org.id, email);
      if (existing) throw new AppError('ALREADY_MEMBER');
      const token = randomBytes(32).toString('base64url');
      const invitation = em.create(Invitation, {
        organizationId: org.id,
        email,
        role: input.role,
        tokenHash: sha256(token),
        invitedById: ctx.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        acceptedAt: null,
      });
      await em.save(invitation);
      await this.audit.record(ctx, {
        action: 'member.invite',
        entityType: 'invitation',
        entityId: invitation.id,
        organizationId: org.id,
        changes: { email: [null, email], role: [null, input.role] },
      });
      const acceptUrl = `${this.config.publicUrl}/invitations/${token}`;
      // The invitee is e-mailed a link of their own, after commit (members.events.ts, InvitationMailHandler).
      await this.events.publish(ctx, 'member.invited', { invitationId: invitation.id });
      // The link is a bearer credential and the e-mail personal data: the log names the invitation only.
      this.logger.log({ invitationId: invitation.id, organization: org.shortCode }, 'invitation created');
      return { invitation, acceptUrl };
    });
  }

  async revokeInvitation(ctx: RequestContext, id: string): Promise<boolean> {
    if (!isUuid(id)) throw new AppError('INVITATION_INVALID');
    return this.tx.run(ctx, async (em) => {
      const inv = await em.findOneBy(Invitation, { id, acceptedAt: IsNull() });
      if (!inv || !(await this.organizations.canManageMembers(ctx, inv.organizationId))) throw new AppError('INVITATION_INVALID');
      await em.delete(Invitation, { id });
      await this.audit.record(ctx, {
        action: 'member.invitation_revoke',
        entityType: 'invitation',
        entityId: id,
        organizationId: inv.organizationId,
      });
      return true;
    });
  }

  private async openInvitation(em: EntityManager, token: string, lock: boolean): Promise<Invitation> {
    const hash = sha256(token);
    const inv = await em.findOne(Invitation, {
      where: [{ tokenHash: hash }, { emailTokenHash: hash }],
      relations: { organization: true },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const, tables: ['invitation'] } } : {}),
    });
    if (!inv || inv.acceptedAt || inv.expiresAt < new Date()) throw new AppError('INVITATION_INVALID');
    return inv;
  }

  async preview(ctx: RequestContext, token: string): Promise<InvitationPreview> {
    const inv = await this.openInvitation(this.db.manager, token, false);
    return {
      email: inv.email,
      organizationNameKo: inv.organization!.nameKo,
      organizationNameEn: inv.organization!.nameEn,
      role: inv.role,
      expiresAt: inv.expiresAt,
      forViewer: ctx.user?.email === inv.email,
    };
  }

  /**
   * Accepting creates the account, adds the membership and signs in. An e-mail that already has an account accepts
   * only while signed in as that account: the link never checks a password, so whoever holds it (the inviting admin
   * too) learns nothing about the account's password and cannot sign in as it. A refusal is audited.
   */
  async accept(ctx: RequestContext, input: AcceptInvitationInput): Promise<Viewer> {
    let refused: { organizationId: string; invitationId: string } | null = null;
    const viewer = await this.tx.run(ctx, async (em) => {
      const inv = await this.openInvitation(em, input.token, true);
      let user = await this.accounts.byEmail(ctx, inv.email);
      if (user?.passwordHash) {
        if (ctx.userId !== user.id) {
          refused = { organizationId: inv.organizationId, invitationId: inv.id };
          return null;
        }
      } else {
        const password = input.password ?? '';
        if (!password)
          throw new AppError('VALIDATION_FAILED', {
            fields: [problem('password', 'isNotEmpty', MEMBERS_FIELDS.passwordIsNotEmpty)],
          });
        assertPasswordPolicy(password);
        const displayName = input.displayName?.trim();
        if (!displayName)
          throw new AppError('VALIDATION_FAILED', {
            fields: [problem('displayName', 'isNotEmpty', MEMBERS_FIELDS.displayNameIsNotEmpty)],
          });
        const passwordHash = await hashPassword(password);
        user = await this.accounts.setUp(ctx, inv.email, displayName, passwordHash, user);
      }
      await this.accounts.join(ctx, user.id, inv.organizationId, inv.role);
      await em.update(Invitation, { id: inv.id }, { acceptedAt: new Date() });
      await this.audit.record(ctx, {
        action: 'member.join',
        entityType: 'membership',
        entityId: null,
        organizationId: inv.organizationId,
        actorUserId: user.id,
        changes: { email: [null, inv.email], role: [null, inv.role] },
      });
      return this.auth.startSession(ctx, em, user.id, inv.organizationId);
    });
    if (viewer) return viewer;
    const r = refused as { organizationId: string; invitationId: string } | null;
    if (r)
      await this.audit.recordRefusal(ctx, {
        action: 'invitation.accept_refused',
        entityType: 'invitation',
        entityId: r.invitationId,
        organizationId: r.organizationId,
        changes: {},
      });
    throw new AppError('INVITATION_SIGN_IN_REQUIRED');
  }

  /** Loads a membership the caller may manage (others: NOT_FOUND) and locks the organization's admin rows. */
  private async manageable(ctx: RequestContext, membershipId: string): Promise<Membership> {
    const m = await this.accounts.lockMembership(ctx, membershipId);
    if (!m || !(await this.organizations.canManageMembers(ctx, m.organizationId))) throw new AppError('MEMBERSHIP_NOT_FOUND');
    return m;
  }

  private async assertAnotherAdmin(ctx: RequestContext, m: Membership): Promise<void> {
    if (m.role !== 'ORG_ADMIN') return;
    if ((await this.accounts.adminCount(ctx, m.organizationId)) <= 1) throw new AppError('LAST_ADMIN');
  }

  async updateRole(ctx: RequestContext, input: UpdateMemberRoleInput): Promise<Membership> {
    return this.tx.run(ctx, async () => {
      const m = await this.manageable(ctx, input.membershipId);
      if (m.role === input.role) return m;
      if (input.role !== 'ORG_ADMIN') await this.assertAnotherAdmin(ctx, m);
      const before = m.role;
      await this.accounts.changeRole(ctx, m, input.role);
      await this.audit.record(ctx, {
        action: 'member.change_role',
        entityType: 'membership',
        entityId: m.id,
        organizationId: m.organizationId,
        changes: { role: [before, input.role] },
      });
      return m;
    });
  }

  async remove(ctx: RequestContext, membershipId: string): Promise<boolean> {
    return this.tx.run(ctx, async () => {
      const m = await this.manageable(ctx, membershipId);
      await this.assertAnotherAdmin(ctx, m);
      await this.accounts.leave(ctx, m);
      await this.audit.record(ctx, {
        action: 'member.remove',
        entityType: 'membership',
        entityId: m.id,
        organizationId: m.organizationId,
        changes: { userId: [m.userId, null], role: [m.role, null] },
      });
      return true;
    });
  }
}

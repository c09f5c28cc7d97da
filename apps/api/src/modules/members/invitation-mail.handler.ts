import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { MEMBERSHIP_ROLE_LABELS, formatSeoulDateTime } from '@lalaland/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent, type Delivery } from '../../core/events/domain-events';
import { Mailer } from '../../core/mail/mailer';
import { USERS, sha256 } from '../auth';
import { ORGANIZATIONS } from '../organizations';
import type { MemberEvents } from './members.events';

/**
 * E-mails an invitation (after commit, through the outbox). The link's token is made here and only its hash is kept,
 * in the same transaction as the delivery: no credential ever waits in the outbox, and a retried delivery sends a new
 * link (the earlier one stops working). The admin's copied link keeps working beside it.
 */
@Injectable()
export class InvitationMailHandler {
  constructor(
    private readonly tx: Transactions,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @OnEvent('member.invited', 'after-commit')
  async invited(ctx: RequestContext, e: MemberEvents['member.invited'], delivery?: Delivery): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const [inv] = (await em.query(
      `SELECT i.id, i.email, i.role, i.expires_at AS "expiresAt", o.name_ko AS "orgKo", o.name_en AS "orgEn", u.display_name AS "inviter"
         FROM invitation i JOIN ${ORGANIZATIONS} o ON o.id = i.organization_id LEFT JOIN ${USERS} u ON u.id = i.invited_by_id
        WHERE i.id = $1 AND i.accepted_at IS NULL AND i.expires_at > now() FOR UPDATE OF i`,
      [e.invitationId],
    )) as Array<{
      id: string;
      email: string;
      role: keyof typeof MEMBERSHIP_ROLE_LABELS;
      expiresAt: Date;
      orgKo: string;
      orgEn: string;
      inviter: string | null;
    }>;
    if (!inv) return; // accepted, revoked or expired meanwhile: nothing to send
    const token = randomBytes(32).toString('base64url');
    await em.query('UPDATE invitation SET email_token_hash = $2 WHERE id = $1', [inv.id, sha256(token)]);
    const link = `${this.config.publicUrl}/invitations/${token}`;
    await this.mailer.send({
      to: inv.email,
      subject: `[LA-LA LAnd] ${inv.orgKo} 초대 / Invitation from ${inv.orgEn}`,
      text: [
        `${inv.inviter ?? inv.orgKo}님이 LA-LA LAnd(부산 평생학습 협업 플랫폼)의 ${inv.orgKo} ${MEMBERSHIP_ROLE_LABELS[inv.role].ko}(으)로 초대했습니다.`,
        `아래 주소에서 이름과 비밀번호를 정하면 바로 시작할 수 있습니다 (${formatSeoulDateTime(inv.expiresAt, 'ko')}까지 유효).`,
        link,
        '',
        `${inv.inviter ?? inv.orgEn} invited you to LA-LA LAnd as ${MEMBERSHIP_ROLE_LABELS[inv.role].en} of ${inv.orgEn}. Open the link to choose your name and password (valid until ${formatSeoulDateTime(inv.expiresAt, 'en')}).`,
      ].join('\n'),
      key: `invitation-${inv.id}-${delivery?.id ?? 'direct'}`,
    });
  }
}

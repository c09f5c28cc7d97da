import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_EMAIL_CHANNEL, formatSeoulDateTime, NOTIFICATION_KINDS } from '@lalaland/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent, type Delivery } from '../../core/events/domain-events';
import { Mailer } from '../../core/mail/mailer';
import { UserDirectory } from '../auth';
import type { NotificationEvents } from './notifications.events';

/** Lines of one digest at most (the rest wait in the portal). */
const DIGEST_MAX = 50;

interface Row {
  id: string;
  userId: string;
  titleKo: string;
  titleEn: string;
  link: string;
  createdAt: Date;
}

/**
 * E-mail of notifications, from the outbox (never while a request waits): one message at once, or the morning's
 * digest. A delivery marks what it sent in its transaction; the SMTP server may see a message twice only if the process
 * dies between sending and committing (the same Message-ID then lets a mail system drop the copy).
 */
@Injectable()
export class NotificationMailHandler {
  constructor(
    private readonly tx: Transactions,
    private readonly mailer: Mailer,
    private readonly directory: UserDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @OnEvent('notification.mail', 'after-commit')
  async mail(ctx: RequestContext, e: NotificationEvents['notification.mail']): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const [n] = (await em.query(
      `SELECT id, user_id AS "userId", title_ko AS "titleKo", title_en AS "titleEn", link, created_at AS "createdAt" FROM notification WHERE id = $1 AND emailed_at IS NULL FOR UPDATE`,
      [e.notificationId],
    )) as Row[];
    if (!n) return;
    const [user] = await this.directory.users(ctx, [n.userId]);
    if (!user) return;
    const en = user.locale === 'en';
    const title = en ? n.titleEn : n.titleKo;
    await this.mailer.send({
      to: user.email,
      subject: `[LA-LA LAnd] ${title}`,
      text: [
        en ? `${user.displayName},` : `${user.displayName}님,`,
        '',
        title,
        `${this.config.publicUrl}${n.link}`,
        '',
        this.footer(en),
      ].join('\n'),
      key: `notification-${n.id}`,
    });
    await em.query('UPDATE notification SET emailed_at = now() WHERE id = $1', [n.id]);
  }

  @OnEvent('notification.digest', 'after-commit')
  async digest(ctx: RequestContext, e: NotificationEvents['notification.digest'], delivery?: Delivery): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    await em.query('DELETE FROM notification_digest WHERE user_id = $1', [e.userId]);
    const digestKinds = NOTIFICATION_KINDS.filter((k) => DEFAULT_EMAIL_CHANNEL[k] === 'DIGEST');
    const rows = (await em.query(
      `SELECT n.id, n.user_id AS "userId", n.title_ko AS "titleKo", n.title_en AS "titleEn", n.link, n.created_at AS "createdAt"
         FROM notification n LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind
        WHERE n.user_id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL
          AND COALESCE(p.email::text, CASE WHEN n.kind::text = ANY($2::text[]) THEN 'DIGEST' ELSE 'IMMEDIATE' END) = 'DIGEST'
        ORDER BY n.created_at LIMIT ${DIGEST_MAX} FOR UPDATE OF n`,
      [e.userId, digestKinds],
    )) as Row[];
    if (!rows.length) return;
    const [user] = await this.directory.users(ctx, [e.userId]);
    if (!user) return;
    const en = user.locale === 'en';
    const lines = rows.map(
      (n) => `• ${en ? n.titleEn : n.titleKo} (${formatSeoulDateTime(n.createdAt, en ? 'en' : 'ko')})\n  ${this.config.publicUrl}${n.link}`,
    );
    await this.mailer.send({
      to: user.email,
      subject: en ? `[LA-LA LAnd] ${rows.length} updates for you` : `[LA-LA LAnd] 새 알림 ${rows.length}건`,
      text: [
        en ? `${user.displayName}, here is what happened since your last digest:` : `${user.displayName}님, 지난 안내 이후의 소식입니다.`,
        '',
        ...lines,
        '',
        this.footer(en),
      ].join('\n'),
      key: `digest-${delivery?.id ?? e.userId}`,
    });
    await em.query('UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])', [rows.map((r) => r.id)]);
  }

  private footer(en: boolean): string {
    const settings = `${this.config.publicUrl}/notifications`;
    return en ? `Choose which e-mails you get: ${settings}` : `받을 메일은 여기에서 고를 수 있습니다: ${settings}`;
  }
}

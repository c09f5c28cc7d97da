import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config';
import { Metrics } from '../metrics/metrics';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The same message's idempotency key (an outbox delivery or a notification id): one Message-ID, whatever the retries. */
  key: string;
}

/**
 * Sends e-mail through SMTP (nodemailer) when SMTP_URL is set; otherwise writes one log line per message (the demo and
 * a developer's machine send nothing). Called only from after-commit work (the outbox), never while a request waits.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl, { from: config.mailFrom }) : null;
  }

  async send(mail: Mail): Promise<void> {
    const host = new URL(this.config.publicUrl).hostname || 'localhost';
    const messageId = `<${mail.key.replace(/[^\w.-]/g, '-')}@${host}>`;
    if (!this.transport) {
      this.logger.log(
        { to: mail.to.replace(/^[^@]{0,3}[^@]*/, (m) => `${m.slice(0, 2)}***`), subject: mail.subject, messageId },
        'e-mail not sent (no SMTP_URL)',
      );
      return;
    }
    try {
      await this.transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (err) {
      this.metrics.emails.inc({ outcome: 'failed' });
      throw err;
    }
    this.metrics.emails.inc({ outcome: 'sent' });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../core/config';
import type { AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import { COMPOSED_MODULES, type ComposedModules } from '../../core/module';
import { policyContent, type PolicyContent } from './inventory';

export interface PolicyVersion {
  version: number;
  publishedAt: Date;
  content: PolicyContent;
}

/**
 * The privacy policy (개인정보 처리방침) from what the platform holds: the modules' declared personal-data columns by
 * purpose, retention and basis, the configured processors — a new version whenever that changes (at start, once across
 * replicas), every version kept — and, read live, who received referrals (by kind of organization) and each holding
 * organization's privacy officer (a position and an office contact, never a person's name).
 */
@Injectable()
export class PrivacyPolicyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PrivacyPolicyService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(COMPOSED_MODULES) private readonly app: ComposedModules,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.publish().catch((err: unknown) => this.logger.warn({ err }, 'could not publish the privacy policy'));
  }

  /** A new version when the content differs from the latest (its digest), under a lock so replicas publish it once. */
  async publish(): Promise<void> {
    const content = policyContent(this.app.personalData, this.config);
    const digest = createHash('sha256').update(JSON.stringify(content)).digest('hex');
    await this.tx.run(RequestContext.system('privacy-policy'), async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(727275)');
      await em.query(
        `INSERT INTO privacy_policy_version (digest, content)
         SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM (SELECT digest FROM privacy_policy_version ORDER BY version DESC LIMIT 1) l WHERE l.digest = $1)`,
        [digest, JSON.stringify(content)],
      );
    });
  }

  async version(n?: number): Promise<PolicyVersion | null> {
    const [row] = (await this.db.query(
      `SELECT version, published_at AS "publishedAt", content FROM privacy_policy_version
        WHERE ($1::int IS NULL OR version = $1) ORDER BY version DESC LIMIT 1`,
      [n ?? null],
    )) as PolicyVersion[];
    return row ?? null;
  }

  async versions(): Promise<Array<{ version: number; publishedAt: Date }>> {
    return this.db.query('SELECT version, published_at AS "publishedAt" FROM privacy_policy_version ORDER BY version DESC LIMIT 100');
  }

  /** Kinds of organizations that have received referrals (provision to third parties), with how many of each. */
  async recipients(): Promise<Array<{ kind: string; organizations: number }>> {
    return this.db.query(
      `SELECT o.kind::text AS kind, count(DISTINCT o.id)::int AS organizations FROM referral r JOIN organization o ON o.id = r.to_organization_id
        GROUP BY o.kind ORDER BY 2 DESC, 1`,
    );
  }

  /** Every organization that holds participants, with its officer's position and contact (or its public contact). */
  async officers(): Promise<Array<{ organization: string; position: string | null; contact: string | null }>> {
    return this.db.query(
      `SELECT o.name_ko AS organization, po.position, coalesce(po.contact, o.contact_email, o.contact_phone) AS contact
         FROM organization o LEFT JOIN privacy_officer po ON po.organization_id = o.id
        WHERE EXISTS (SELECT 1 FROM participant p WHERE p.organization_id = o.id)
        ORDER BY o.name_ko LIMIT 300`,
    );
  }

  async officer(ctx: RequestContext): Promise<{ position: string; contact: string } | null> {
    const [row] = (await this.db.query('SELECT position, contact FROM privacy_officer WHERE organization_id = $1', [
      ctx.activeOrganizationId,
    ])) as Array<{
      position: string;
      contact: string;
    }>;
    return row ?? null;
  }

  /** The organization's privacy officer, as published: a position and an office contact (audited). */
  async setOfficer(ctx: RequestContext, position: string, contact: string): Promise<{ position: string; contact: string }> {
    const before = await this.officer(ctx);
    await this.tx.run(ctx, async (em) => {
      await em.query(
        `INSERT INTO privacy_officer (organization_id, position, contact) VALUES ($1, $2, $3)
         ON CONFLICT (organization_id) DO UPDATE SET position = EXCLUDED.position, contact = EXCLUDED.contact, changed_at = now()`,
        [ctx.activeOrganizationId, position.trim(), contact.trim()],
      );
      await this.audit.record(ctx, {
        action: 'organization.privacy_officer',
        entityType: 'organization',
        entityId: ctx.activeOrganizationId!,
        organizationId: ctx.activeOrganizationId,
        changes: { position: [before?.position ?? null, position.trim()], contact: [before?.contact ?? null, contact.trim()] },
      });
    });
    return { position: position.trim(), contact: contact.trim() };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DESTRUCTION_ITEM_LABELS, DESTRUCTION_RULE_LABELS, csvField, formatSeoulDateTime } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import type { Page, PageArgs } from '../../core/graphql/pagination';
import type { DestructionRecord } from './destruction.dto';

/** Rows of one CSV export at most (years of nightly runs fit). */
const EXPORT_MAX = 50_000;

/** The destruction register (파기 대장) of the caller's organization, newest first, and its CSV for the officer's files. */
@Injectable()
export class DestructionRegister {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(ctx: RequestContext, page: PageArgs): Promise<Page<DestructionRecord>> {
    const [items, [{ n }]] = (await Promise.all([
      this.rows(ctx, page.limit, page.offset),
      this.db.query('SELECT count(*)::int AS n FROM destruction_register WHERE organization_id = $1', [ctx.activeOrganizationId]),
    ])) as [DestructionRecord[], [{ n: number }]];
    return { items, totalCount: n, offset: page.offset, limit: page.limit };
  }

  private rows(ctx: RequestContext, limit: number, offset: number): Promise<DestructionRecord[]> {
    return this.db.query(
      `SELECT destroyed_at AS "destroyedAt", pseudonym_key AS "pseudonymKey", rule, basis_ended::text AS "basisEnded", items
         FROM destruction_register WHERE organization_id = $1 ORDER BY destroyed_at DESC, id LIMIT $2 OFFSET $3`,
      [ctx.activeOrganizationId, limit, offset],
    );
  }

  async csv(ctx: RequestContext): Promise<Buffer> {
    const rows = await this.rows(ctx, EXPORT_MAX, 0);
    const lines = [
      ['파기 일시', '식별번호', '파기 사유', '근거 종료일', '파기 항목'],
      ...rows.map((r) => [
        formatSeoulDateTime(r.destroyedAt, 'ko'),
        r.pseudonymKey,
        DESTRUCTION_RULE_LABELS[r.rule as keyof typeof DESTRUCTION_RULE_LABELS]?.ko ?? r.rule,
        r.basisEnded ?? '',
        r.items
          .map((i) => `${DESTRUCTION_ITEM_LABELS[i.item as keyof typeof DESTRUCTION_ITEM_LABELS]?.ko ?? i.item} ${i.count}건`)
          .join(', '),
      ]),
    ];
    return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { DataSource } from 'typeorm';
import { seoulDate, suppressColumn } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { ENROLMENTS } from '../enrolments';

/** Where a referred person's path stopped, in order; the last ones went furthest. */
export const FUNNEL_STAGES = ['NOT_ACCEPTED', 'ACCEPTED', 'ENROLLED', 'COMPLETED', 'EMPLOYED'] as const;
type FunnelStage = (typeof FUNNEL_STAGES)[number];
enum FunnelSide {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
}
registerEnumType(FunnelSide, { name: 'ReferralFunnelSide', description: 'Referrals the organization sent, or received' });

@ArgsType()
export class ReferralFunnelArgs {
  @Field(() => Int, { nullable: true, description: 'The year (Asia/Seoul) the referrals were made; this year when not given' })
  @IsOptional()
  @IsInt()
  @Min(2020)
  @Max(2100)
  year?: number | null;

  @Field(() => FunnelSide)
  @IsIn(Object.values(FunnelSide))
  side!: FunnelSide;
}

@ObjectType({ description: 'How far referred people went: each reached this stage or beyond; small counts hidden (null)' })
export class ReferralFunnel {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Referred (null when fewer than 5)' })
  referred!: number | null;

  @Field(() => Int, { nullable: true, description: 'Accepted by the receiving organization, or further' })
  accepted!: number | null;

  @Field(() => Int, { nullable: true, description: 'Enrolled in a programme, or further' })
  enrolled!: number | null;

  @Field(() => Int, { nullable: true })
  completed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Hired (an opening they were referred to)' })
  employed!: number | null;

  @Field(() => Boolean, { description: 'Some counts are hidden: they would single out fewer than 5 people' })
  suppressed!: boolean;
}

/**
 * The referral funnel of the active organization, for what it sent or received in a year: how many were accepted,
 * enrolled, completed, hired. Each referral counts at the stage its path stopped; those counts are suppressed as one
 * column (small cells, and what subtraction would reveal), and a stage's "or further" count is shown only when every
 * stage it adds up is shown. One statement.
 */
@Injectable()
export class ReferralFunnelService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async funnel(ctx: RequestContext, args: ReferralFunnelArgs): Promise<ReferralFunnel> {
    const year = args.year ?? Number(seoulDate().slice(0, 4));
    const side = args.side === FunnelSide.SENT ? 'r.from_organization_id' : 'r.to_organization_id';
    const rows = (await this.db.query(
      `SELECT CASE WHEN r.hired_at IS NOT NULL THEN 'EMPLOYED'
                   WHEN e.status = 'COMPLETED' THEN 'COMPLETED'
                   WHEN r.enrolment_id IS NOT NULL THEN 'ENROLLED'
                   WHEN r.status IN ('ACCEPTED', 'ENGAGED', 'CLOSED') THEN 'ACCEPTED'
                   ELSE 'NOT_ACCEPTED' END AS stage, count(*)::int AS n
         FROM referral r LEFT JOIN ${ENROLMENTS} e ON e.id = r.enrolment_id
        WHERE ${side} = $1 AND r.status <> 'WITHDRAWN'
          AND r.created_at >= ($2 || '-01-01')::timestamp AT TIME ZONE 'Asia/Seoul'
          AND r.created_at < (($2::int + 1) || '-01-01')::timestamp AT TIME ZONE 'Asia/Seoul'
        GROUP BY 1`,
      [ctx.activeOrganizationId, String(year)],
    )) as Array<{ stage: FunnelStage; n: number }>;
    const counts = FUNNEL_STAGES.map((s) => rows.find((r) => r.stage === s)?.n ?? 0);
    const { cells, total } = suppressColumn(counts);
    const from = (i: number) => (cells.slice(i).every((c) => c !== null) ? cells.slice(i).reduce((a, c) => a! + c!, 0) : null);
    return {
      year,
      referred: total,
      accepted: from(1),
      enrolled: from(2),
      completed: from(3),
      employed: from(4),
      suppressed: cells.some((c) => c === null) || total === null,
    };
  }
}

import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';

export const ACCESS_FLAG_KINDS = ['VOLUME', 'OUTSIDE_HOURS', 'NO_OPEN_WORK', 'BULK_DOWNLOAD'] as const;
export type AccessFlagKind = (typeof ACCESS_FLAG_KINDS)[number];
export const AccessFlagKindEnum = Object.fromEntries(ACCESS_FLAG_KINDS.map((k) => [k, k])) as Record<AccessFlagKind, AccessFlagKind>;
registerEnumType(AccessFlagKindEnum, {
  name: 'AccessFlagKind',
  description:
    'VOLUME: more than 100 people read in one day; OUTSIDE_HOURS: reads before 8:00, after 20:00 or at weekends (Seoul); NO_OPEN_WORK: reads of people with no open enrolment, referral or follow-up; BULK_DOWNLOAD: a download above the threshold',
});

@ObjectType({ description: "One reader's month: how much they read, when, and what they downloaded" })
export class AccessReviewReader {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Rows in the access log' })
  reads!: number;

  @Field(() => Int, { description: 'Different people read' })
  people!: number;

  @Field(() => Int)
  outsideHours!: number;

  @Field(() => Int)
  withoutOpenWork!: number;

  @Field(() => Int, { description: 'Most different people read in one day' })
  busiestDay!: number;

  @Field(() => Int)
  downloads!: number;

  @Field(() => Int)
  peopleDownloaded!: number;
}

@ObjectType()
export class AccessReviewPurpose {
  @Field(() => String, { description: 'As logged (e.g. graphql:participant.personal, roster-export, referral-provision:…)' })
  purpose!: string;

  @Field(() => Int)
  reads!: number;

  @Field(() => Int)
  people!: number;
}

@ObjectType()
export class AccessReviewDownload {
  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  purpose!: string;

  @Field(() => Int)
  people!: number;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType({ description: 'A pattern the officer should look at' })
export class AccessReviewFlag {
  @Field(() => AccessFlagKindEnum)
  kind!: AccessFlagKind;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Reads (or people, for VOLUME and BULK_DOWNLOAD) behind the flag' })
  count!: number;
}

@ObjectType()
export class AccessReviewSignOff {
  @Field(() => String)
  signedBy!: string;

  @Field(() => DateTimeScalar)
  signedAt!: Date;

  @Field(() => String)
  note!: string;
}

@ObjectType({ description: "An organization's personal-data access log for one month (Seoul), for its privacy officer's review" })
export class AccessReview {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  totalReads!: number;

  @Field(() => [AccessReviewReader])
  readers!: AccessReviewReader[];

  @Field(() => [AccessReviewPurpose])
  purposes!: AccessReviewPurpose[];

  @Field(() => [AccessReviewDownload])
  downloads!: AccessReviewDownload[];

  @Field(() => [AccessReviewFlag])
  flags!: AccessReviewFlag[];

  @Field(() => AccessReviewSignOff, { nullable: true, description: 'Null until the officer signs (months that have ended)' })
  signOff!: AccessReviewSignOff | null;

  @Field(() => Boolean, { description: 'The month has ended, so it may be signed' })
  ended!: boolean;
}

@ObjectType()
export class AccessReviewMonth {
  @Field(() => String)
  month!: string;

  @Field(() => Int)
  reads!: number;

  @Field(() => Boolean)
  signed!: boolean;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageOf } from '../../core/graphql/pagination';

@ObjectType({ description: "Someone tonight's destruction would reach: every consent ended, no open work" })
export class DestructionDue {
  @Field(() => String)
  pseudonymKey!: string;

  @Field(() => String, { nullable: true, description: 'The day the last basis ended (YYYY-MM-DD, Seoul)' })
  basisEnded!: string | null;

  @Field(() => String, { description: 'CONSENT_ENDED' })
  rule!: string;
}

@ObjectType()
export class DestroyedItemCount {
  @Field(() => String, {
    description: 'NAME, PHONE, CERTIFICATE_NAME, COUNSELLING_NOTES, OUTCOME_EVIDENCE, FOLLOW_UP_NOTES, REFERRAL_NOTES, REFERRAL_DOCUMENTS',
  })
  item!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A row of the destruction register (파기 대장): what was destroyed, whose key, when, by which rule' })
export class DestructionRecord {
  @Field(() => DateTimeScalar)
  destroyedAt!: Date;

  @Field(() => String)
  pseudonymKey!: string;

  @Field(() => String)
  rule!: string;

  @Field(() => String, { nullable: true })
  basisEnded!: string | null;

  @Field(() => [DestroyedItemCount])
  items!: DestroyedItemCount[];
}

export const DestructionRegisterPage = PageOf(DestructionRecord, 'DestructionRegisterPage');

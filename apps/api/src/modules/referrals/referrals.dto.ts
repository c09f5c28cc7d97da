import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  PERSONAL_FIELDS,
  REFERRAL_REASONS,
  REFERRAL_STATUSES,
  type PersonalField,
  type ReferralReason,
  type ReferralStatus,
  CONSENT_METHODS,
} from '@lalaland/shared';
import { IsCalendarDate } from '../../core/errors/validation';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { PersonalFieldEnum } from '../participants';
import { Referral, ReferralReasonEnum, ReferralStatusEnum } from './referral.entity';

export const ReferralPage = PageOf(Referral, 'ReferralPage');

export enum ReferralBox {
  INBOX = 'INBOX',
  OUTBOX = 'OUTBOX',
}
registerEnumType(ReferralBox, {
  name: 'ReferralBox',
  description: 'INBOX: referrals to the active organization; OUTBOX: referrals it sent',
});

@InputType({ description: 'The separate consent to share personal data with the recipient (PIPA §17), as told to the citizen' })
export class ReferralSharingInput {
  @Field(() => [PersonalFieldEnum], { description: 'Exactly the items the recipient may read' })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(PERSONAL_FIELDS, { each: true })
  items!: PersonalField[];

  @Field(() => String, { description: 'What the recipient may use them for, e.g. 연계 프로그램 안내와 등록' })
  @IsNotEmpty()
  @MaxLength(300)
  purpose!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the recipient keeps the data until this date' })
  @IsCalendarDate()
  retentionUntil!: string;

  @Field(() => String, { nullable: true, defaultValue: 'WRITTEN', description: 'WRITTEN, VERBAL or ONLINE' })
  @IsOptional()
  @IsIn(CONSENT_METHODS)
  method?: string | null;

  @Field(() => Boolean, {
    description: 'The citizen was told they may refuse, and that refusing means the recipient gets only the key and the reason',
  })
  @IsBoolean()
  refusalExplained!: boolean;
}

@InputType()
export class ReferInput {
  @Field(() => ID, { description: 'A participant the active organization holds' })
  @IsUUID()
  participantId!: string;

  @Field(() => ID)
  @IsUUID()
  toOrganizationId!: string;

  @Field(() => ID, { nullable: true, description: 'A programme the recipient runs' })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An open opening of the recipient (the recipient is then its poster)' })
  @IsOptional()
  @IsUUID()
  openingId?: string | null;

  @Field(() => ReferralReasonEnum)
  @IsIn(REFERRAL_REASONS)
  reason!: ReferralReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => ReferralSharingInput, { nullable: true, description: 'Without it, nothing personal reaches the recipient' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralSharingInput)
  sharing?: ReferralSharingInput | null;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralBox)
  @IsIn(Object.values(ReferralBox))
  box!: ReferralBox;

  @Field(() => ReferralStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus | null;
}

@ObjectType({ description: 'The sharing consent of a referral, as the citizen agreed to it' })
export class ReferralSharing {
  @Field(() => [PersonalFieldEnum])
  items!: PersonalField[];

  @Field(() => String)
  purpose!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  retentionUntil!: string;

  @Field(() => DateTimeScalar)
  givenAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Withdrawn: nothing more is shared from then on' })
  withdrawnAt!: Date | null;

  @Field(() => Boolean, { description: 'In force now (not withdrawn, not past its retention date)' })
  inForce!: boolean;
}

@ObjectType({ description: 'One provision of personal data to the recipient: what, to whom, when, under which referral' })
export class ReferralProvision {
  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => [PersonalFieldEnum])
  items!: PersonalField[];

  @Field(() => String, { nullable: true, description: "What else was read: 'note', 'comments', or 'document:<name> v<version>'" })
  detail!: string | null;

  @Field(() => ID, { description: 'The organization that read them' })
  organizationId!: string;
}

@ObjectType({ description: 'What the caller may do with a referral now' })
export class ReferralSteps {
  @Field(() => Boolean, { description: 'Accept or decline (the recipient)' })
  decide!: boolean;

  @Field(() => Boolean, { description: 'Mark the person as taking part (the recipient)' })
  engage!: boolean;

  @Field(() => Boolean, { description: 'Close with an outcome (the recipient)' })
  close!: boolean;

  @Field(() => Boolean, { description: 'Enrol the person into one of its programmes (the recipient, once accepted)' })
  enrol!: boolean;

  @Field(() => Boolean, {
    description:
      'Record the hire for the opening (the recipient): the referral closes and the sender’s participant has an EMPLOYED outcome',
  })
  hire!: boolean;

  @Field(() => Boolean, { description: 'Withdraw the referral (the sender, before a decision)' })
  withdraw!: boolean;

  @Field(() => Boolean, { description: 'Withdraw the sharing consent for the citizen (the sender)' })
  stopSharing!: boolean;
}

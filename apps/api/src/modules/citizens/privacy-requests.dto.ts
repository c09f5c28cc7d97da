import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import {
  PRIVACY_REQUEST_CHANNELS,
  PRIVACY_REQUEST_KINDS,
  PRIVACY_REQUEST_STATUSES,
  type PrivacyRequestChannel,
  type PrivacyRequestKind,
  type PrivacyRequestStatus,
} from '@lalaland/shared';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';

export const PrivacyRequestKindEnum = graphqlEnum(
  PRIVACY_REQUEST_KINDS,
  'PrivacyRequestKind',
  'SEE 열람, CORRECT 정정, DELETE 삭제, STOP 처리정지',
);
export const PrivacyRequestStatusEnum = graphqlEnum(PRIVACY_REQUEST_STATUSES, 'PrivacyRequestStatus');
export const PrivacyRequestChannelEnum = graphqlEnum(PRIVACY_REQUEST_CHANNELS, 'PrivacyRequestChannel');

@ObjectType({ description: "A person's request under PIPA as one organization holding them must answer it (the person by key)" })
export class PrivacyRequestItem {
  @Field(() => ID, { description: "This organization's answer's id" })
  id!: string;
  @Field(() => Int, { description: 'The request number the person was given' })
  number!: number;
  @Field(() => PrivacyRequestKindEnum)
  kind!: PrivacyRequestKind;
  @Field(() => String, { nullable: true, description: 'What to correct or which processing to stop, in the person’s words' })
  detail!: string | null;
  @Field(() => PrivacyRequestChannelEnum)
  channel!: PrivacyRequestChannel;
  @Field(() => DateTimeScalar)
  receivedAt!: Date;
  @Field(() => String, { description: 'The legal deadline (YYYY-MM-DD, Seoul): 10 days after receipt' })
  dueOn!: string;
  @Field(() => Int, { description: 'Days left until the deadline (negative: overdue)' })
  daysLeft!: number;
  @Field(() => ID)
  participantId!: string;
  @Field(() => String)
  pseudonymKey!: string;
  @Field(() => PrivacyRequestStatusEnum)
  status!: PrivacyRequestStatus;
  @Field(() => String, { nullable: true })
  answer!: string | null;
  @Field(() => String, { nullable: true, description: 'The legal basis of a partial answer or a refusal' })
  legalBasis!: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  answeredAt!: Date | null;
}

@InputType({ description: "This organization's answer: done, partly done or refused (the last two with their legal basis)" })
export class AnswerPrivacyRequestInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => PrivacyRequestStatusEnum)
  @IsIn(['DONE', 'PARTLY', 'REFUSED'])
  status!: PrivacyRequestStatus;

  @Field(() => String, { description: 'What was done, in words the person understands (texted to them as a link)' })
  @IsNotEmpty()
  @MaxLength(1000)
  answer!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  legalBasis?: string | null;
}

@InputType({ description: 'A request made in person or by phone, recorded by staff of an organization holding the person' })
export class RecordPrivacyRequestInput {
  @Field(() => ID)
  @IsUUID()
  participantId!: string;

  @Field(() => PrivacyRequestKindEnum)
  @IsIn(PRIVACY_REQUEST_KINDS)
  kind!: PrivacyRequestKind;

  @Field(() => PrivacyRequestChannelEnum)
  @IsIn(['IN_PERSON', 'PHONE'])
  channel!: PrivacyRequestChannel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  detail?: string | null;
}

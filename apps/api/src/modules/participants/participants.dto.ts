import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsBirthYear, IsCalendarDate } from '../../core/errors/validation';
import { graphqlEnum } from '../../core/graphql/enums';
import { Type } from 'class-transformer';
import { CONSENT_METHODS, CONSENT_PURPOSES, GENDERS, PERSONAL_FIELDS } from '@lalaland/shared';
import type { ConsentPurpose, Gender, PersonalField } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { ConsentPurposeEnum, GenderEnum, Participant, PersonalDataAccess, PersonalFieldEnum } from './participant.entity';

export const ParticipantPage = PageOf(Participant, 'ParticipantPage');
export const PersonalDataAccessPage = PageOf(PersonalDataAccess, 'PersonalDataAccessPage');

@InputType({ description: 'Consent as the citizen gave it; `given` must be true.' })
export class ConsentInput {
  @Field(() => Boolean, { description: 'The citizen agreed (the form was signed or the agreement recorded)' })
  @IsBoolean()
  given!: boolean;

  @Field(() => ConsentPurposeEnum, { nullable: true, defaultValue: 'PROGRAMME_OPERATION' })
  @IsOptional()
  @IsIn(CONSENT_PURPOSES)
  purpose?: ConsentPurpose | null;

  @Field(() => ID, { nullable: true, description: 'For THIRD_PARTY_SHARING: the organization that may read the items' })
  @IsOptional()
  @IsUUID()
  recipientOrganizationId?: string | null;

  @Field(() => [PersonalFieldEnum])
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(PERSONAL_FIELDS, { each: true })
  items!: PersonalField[];

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  retentionUntil!: string;

  @Field(() => String, { nullable: true, defaultValue: 'WRITTEN', description: 'WRITTEN, VERBAL or ONLINE' })
  @IsOptional()
  @IsIn(CONSENT_METHODS)
  method?: string | null;
}

@InputType()
export class RegisterParticipantInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => String, { nullable: true, description: '010-1234-5678 or digits' })
  @IsOptional()
  @Matches(/^0[\d\s-]{8,14}$/)
  phone?: string | null;

  @Field(() => Int, { description: '1900 to this year' })
  @IsBirthYear()
  birthYear!: number;

  @Field(() => GenderEnum, { nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'District code of residence, e.g. 26290' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  districtCode?: string | null;

  @Field(() => ConsentInput)
  @ValidateNested()
  @Type(() => ConsentInput)
  consent!: ConsentInput;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'The caller saw the likely matches (participantMatches) and this is another person; without it a same name and birth year is refused',
  })
  @IsOptional()
  @IsBoolean()
  confirmedNew?: boolean | null;
}

@InputType({ description: 'Who is being registered, to find the records the organization already holds for them' })
export class ParticipantMatchInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsBirthYear()
  birthYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^0[\d\s-]{8,14}$/)
  phone?: string | null;
}

@InputType({ description: 'Corrects personal details; only the fields given change, and each must be covered by the consent in force' })
export class UpdateParticipantInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Empty removes the phone' })
  @IsOptional()
  @Matches(/^(0[\d\s-]{8,14})?$/)
  phone?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsBirthYear()
  birthYear?: number;

  @Field(() => GenderEnum, { nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(\d{5})?$/)
  districtCode?: string | null;
}

@InputType({ description: 'Two records of one person held by the active organization: the duplicate is folded into the one kept' })
export class MergeParticipantsInput {
  @Field(() => ID, { description: 'The record that stays' })
  @IsUUID()
  keepId!: string;

  @Field(() => ID, {
    description: 'The record folded in and removed: its enrolments, attendance, certificates, consents and access log move to the kept one',
  })
  @IsUUID()
  duplicateId!: string;
}

export const MATCH_REASONS = ['SAME_PHONE', 'SAME_NAME_AND_BIRTH_YEAR', 'SAME_NAME'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];
export const MatchReasonEnum = graphqlEnum(MATCH_REASONS, 'MatchReason', 'Why a held record may be the person being registered');

@ObjectType({ description: 'A record the organization holds that may be the person being registered' })
export class ParticipantMatch {
  @Field(() => Participant)
  participant!: Participant;

  @Field(() => [MatchReasonEnum], { description: 'Strongest first' })
  reasons!: MatchReason[];
}

@InputType()
export class GiveConsentInput extends ConsentInput {
  @Field(() => ID)
  @IsUUID()
  participantId!: string;
}

@ArgsType()
export class ParticipantsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Name, phone number or pseudonymous key' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

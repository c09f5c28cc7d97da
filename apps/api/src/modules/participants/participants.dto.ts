import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../core/errors/validation';
import { Type } from 'class-transformer';
import { CONSENT_PURPOSES, GENDERS, PERSONAL_FIELDS } from '@lalaland/shared';
import type { ConsentPurpose, Gender, PersonalField } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { ConsentPurposeEnum, GenderEnum, Participant, PersonalDataAccess, PersonalFieldEnum } from './participant.entity';

export const ParticipantPage = PageOf(Participant, 'ParticipantPage');
export const PersonalDataAccessPage = PageOf(PersonalDataAccess, 'PersonalDataAccessPage');

export const CONSENT_METHODS = ['WRITTEN', 'VERBAL', 'ONLINE'] as const;

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

  @Field(() => Int)
  @IsInt()
  @Min(1900)
  @Max(2030)
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

import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../core/errors/validation';
import { ORGANIZATION_KINDS, OrganizationKind } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { Organization, OrganizationKindEnum } from './organization.entity';

export const OrganizationPage = PageOf(Organization, 'OrganizationPage');

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches the Korean or English name or the short code' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => OrganizationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Include organizations whose active period has ended' })
  includeInactive: boolean = false;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationKindEnum)
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  nameKo!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  nameEn!: string;

  @Field(() => String, { description: 'Upper-case letters, digits and _, e.g. NAM' })
  @Matches(/^[A-Z0-9_]{2,40}$/)
  shortCode!: string;

  @Field(() => String, { nullable: true, description: '5-digit Korean administrative code' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  adminCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{7,40}$/)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when omitted' })
  @IsOptional()
  @IsCalendarDate()
  activeFrom?: string | null;

  // Nullable with a default: graphql-jit does not apply defaults of non-null input fields (docs/adr/0002).
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  isSample?: boolean | null = false;
}

@InputType({ description: 'Only the fields given change. A new name keeps the old one in the name history.' })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  nameKo?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/)
  adminCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{7,40}$/)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last active day' })
  @IsOptional()
  @IsCalendarDate()
  activeTo?: string | null;
}

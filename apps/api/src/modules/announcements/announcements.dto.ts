import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { MEMBERSHIP_ROLES, PILLARS, type MembershipRole, type Pillar } from '@lalaland/shared';
import { IsCalendarDate } from '../../core/errors/validation';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { MembershipRoleEnum } from '../auth';
import { PillarEnum } from '../programmes';
import { Announcement } from './announcement.entity';

export const AnnouncementPage = PageOf(Announcement, 'AnnouncementPage');

@InputType({ description: 'A new announcement to a stream the organization is in' })
export class AnnouncementInput {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => [ID], { nullable: true, description: 'Only these member organizations (none: all members)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  audienceOrganizationIds?: string[] | null;

  @Field(() => [PillarEnum], {
    nullable: true,
    description: 'Only organizations running programmes of these pillars in the stream (none: all)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(PILLARS, { each: true })
  audiencePillars?: Pillar[] | null;

  @Field(() => [MembershipRoleEnum], { nullable: true, description: 'Only people in these roles (none: everyone)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(MEMBERSHIP_ROLES, { each: true })
  audienceRoles?: MembershipRole[] | null;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { description: 'Markdown, up to 20,000 characters' })
  @IsNotEmpty()
  @MaxLength(20_000)
  body!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, within a year' })
  @IsOptional()
  @IsCalendarDate()
  pinnedUntil?: string | null;
}

@ArgsType()
export class AnnouncementsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those I have not read' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

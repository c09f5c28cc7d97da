import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { MEMBERSHIP_ROLES, MembershipRole } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { Invitation } from './invitation.entity';
import { Membership, MembershipRoleEnum } from '../auth';

export const MembershipPage = PageOf(Membership, 'MembershipPage');

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches name or e-mail' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => MembershipRoleEnum)
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;
}

@ObjectType()
export class InvitationResult {
  @Field(() => Invitation)
  invitation!: Invitation;

  @Field(() => String, { description: 'The link to hand to the invitee (also written to the server log); valid for 7 days' })
  acceptUrl!: string;
}

@ObjectType({ description: 'What an invitee sees before accepting.' })
export class InvitationPreview {
  @Field(() => String)
  email!: string;
  @Field(() => String)
  organizationNameKo!: string;
  @Field(() => String)
  organizationNameEn!: string;
  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;
  @Field(() => DateTimeScalar)
  expiresAt!: Date;
  @Field(() => Boolean, {
    description:
      'The caller is signed in as the invited e-mail: accepting needs no password. Whether an account exists is never told to anyone else.',
  })
  forViewer!: boolean;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(100)
  token!: string;

  @Field(() => String, { nullable: true, description: 'Required for a new account' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The new account's password. An existing account accepts while signed in, without it.",
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(128)
  password?: string | null;
}

@InputType()
export class UpdateMemberRoleInput {
  @Field(() => ID)
  @IsUUID()
  membershipId!: string;

  @Field(() => MembershipRoleEnum)
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;
}

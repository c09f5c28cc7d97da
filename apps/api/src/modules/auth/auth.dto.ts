import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';
import type { MembershipRole } from '@lalaland/shared';
import { User } from './user.entity';
import { Organization } from '../organizations';
import { Membership, MembershipRoleEnum } from './membership.entity';
import type { SecondFactorStep } from './second-factor.policy';

export const SecondFactorStepEnum = { VERIFY: 'VERIFY', ENROL: 'ENROL' } as const;
registerEnumType(SecondFactorStepEnum, {
  name: 'SecondFactorStep',
  description: 'What a sign-in still owes: VERIFY an enrolled factor, or ENROL one (the organization requires it)',
});

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(128)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(128)
  currentPassword!: string;

  @Field(() => String, { description: 'At least 10 characters with letters and digits' })
  @IsNotEmpty()
  @MaxLength(128)
  newPassword!: string;
}

@ObjectType({ description: 'The signed-in user, the organization they act for now, their role and permissions there.' })
export class Viewer {
  @Field(() => User)
  user!: User;

  @Field(() => Organization, { nullable: true })
  activeOrganization!: Organization | null;

  @Field(() => MembershipRoleEnum, { nullable: true, description: 'Role in the active organization' })
  role!: MembershipRole | null;

  @Field(() => [String])
  permissions!: string[];

  @Field(() => [Membership], { description: 'Every organization the user belongs to (for the switcher)' })
  memberships!: Membership[];

  @Field(() => SecondFactorStepEnum, {
    nullable: true,
    description: 'Set by signIn when the password was right and a second factor is still owed: the session acts for nobody until then',
  })
  secondFactor?: SecondFactorStep | null;
}

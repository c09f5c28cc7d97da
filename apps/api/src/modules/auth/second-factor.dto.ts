import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Viewer } from './auth.dto';

export const SecondFactorKindEnum = { TOTP: 'TOTP', PASSKEY: 'PASSKEY' } as const;
registerEnumType(SecondFactorKindEnum, { name: 'SecondFactorKind', description: 'An authenticator app (TOTP) or a passkey' });

@ObjectType({ description: 'An authenticator app being enrolled: its secret as a QR code (uri) and as text, shown once' })
export class TotpEnrolment {
  @Field(() => String, { description: 'Base32, for typing into the app by hand' })
  secret!: string;

  @Field(() => String, { description: 'otpauth:// URI, for the QR code' })
  uri!: string;
}

@ObjectType({ description: 'A factor kept: the recovery codes (only the first time, shown once) and, for a pending sign-in, the viewer' })
export class SecondFactorEnrolled {
  @Field(() => [String])
  recoveryCodes!: string[];

  @Field(() => Viewer, { nullable: true })
  viewer!: Viewer | null;
}

@ObjectType()
export class SecondFactor {
  @Field(() => ID)
  id!: string;

  @Field(() => SecondFactorKindEnum)
  kind!: 'TOTP' | 'PASSKEY';

  @Field(() => String)
  label!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt!: Date | null;
}

@ObjectType({ description: "The signed-in person's factors" })
export class MySecondFactors {
  @Field(() => [SecondFactor])
  factors!: SecondFactor[];

  @Field(() => Int)
  recoveryCodesLeft!: number;

  @Field(() => Boolean, { description: 'An organization of theirs requires a factor (or they enrolled one)' })
  required!: boolean;
}

@ObjectType({ description: "The active organization's choice about second factors" })
export class SecondFactorPolicy {
  @Field(() => Boolean, { description: 'Members who handle personal data (staff, admins) sign in with a second factor' })
  required!: boolean;

  @Field(() => Boolean, { description: "False while the platform's default applies" })
  chosen!: boolean;
}

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { Public, RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { TextArg } from '../../core/errors/text-bounds';
import { Viewer } from './auth.dto';
import { MySecondFactors, SecondFactorEnrolled, SecondFactorPolicy, TotpEnrolment } from './second-factor.dto';
import { SecondFactorService } from './second-factor.service';
import { Passkeys } from './passkeys.service';

/**
 * The second step of a sign-in (public: the pending session's cookie is the credential, and each step checks it is
 * owed) and the factors' management. Enrolling more also works for a signed-in person (the account page).
 */
@Resolver()
export class SecondFactorResolver {
  constructor(
    private readonly factors: SecondFactorService,
    private readonly passkeys: Passkeys,
  ) {}

  @Mutation(() => TotpEnrolment, {
    description: 'Starts enrolling an authenticator app: a new secret, kept on the session until confirmed',
  })
  @Public()
  startTotpEnrolment(@Ctx() ctx: RequestContext) {
    return this.factors.startTotp(ctx);
  }

  @Mutation(() => SecondFactorEnrolled, {
    description: "Confirms the app with its current code; the first factor's recovery codes are shown once",
  })
  @Public()
  enrolTotp(@Ctx() ctx: RequestContext, @TextArg('code', 20) code: string, @TextArg('label', 100, { nullable: true }) label?: string) {
    return this.factors.enrolTotp(ctx, code, label ?? null);
  }

  @Mutation(() => String, { description: 'WebAuthn creation options (JSON) for a new passkey' })
  @Public()
  passkeyRegistrationOptions(@Ctx() ctx: RequestContext) {
    return this.passkeys.registrationOptions(ctx);
  }

  @Mutation(() => SecondFactorEnrolled, { description: "The browser's registration answer (JSON); keeps the passkey" })
  @Public()
  enrolPasskey(
    @Ctx() ctx: RequestContext,
    @TextArg('response', 20_000) response: string,
    @TextArg('label', 100, { nullable: true }) label?: string,
  ) {
    return this.passkeys.enrol(ctx, response, label ?? null);
  }

  @Mutation(() => String, { description: "WebAuthn request options (JSON) for the pending sign-in's passkeys" })
  @Public()
  passkeySignInOptions(@Ctx() ctx: RequestContext) {
    return this.passkeys.authenticationOptions(ctx);
  }

  @Mutation(() => Viewer, { description: "The browser's assertion (JSON): the pending sign-in completes" })
  @Public()
  verifyPasskey(@Ctx() ctx: RequestContext, @TextArg('response', 20_000) response: string) {
    return this.passkeys.verify(ctx, response);
  }

  @Mutation(() => Viewer, {
    description: "The app's current code or a recovery code: the pending sign-in completes (five wrong codes end it)",
  })
  @Public()
  verifySecondFactor(@Ctx() ctx: RequestContext, @TextArg('code', 20) code: string) {
    return this.factors.verifyCode(ctx, code);
  }

  @Query(() => MySecondFactors)
  @RequirePermission(Permission.Self)
  mySecondFactors(@Ctx() ctx: RequestContext) {
    return this.factors.mine(ctx);
  }

  @Mutation(() => Boolean, {
    description: "A member's lost factor: removed with their recovery codes and sessions; they enrol again (audited)",
  })
  @RequirePermission(Permission.MemberManage)
  resetSecondFactor(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string) {
    return this.factors.reset(ctx, userId);
  }

  @Query(() => SecondFactorPolicy)
  @RequirePermission(Permission.MemberRead)
  secondFactorPolicy(@Ctx() ctx: RequestContext) {
    return this.factors.policy(ctx);
  }

  @Mutation(() => SecondFactorPolicy, { description: 'Requires (or not) a second factor of the members who handle personal data' })
  @RequirePermission(Permission.MemberManage)
  setSecondFactorRequired(@Ctx() ctx: RequestContext, @Args('required', { type: () => Boolean }) required: boolean) {
    return this.factors.setPolicy(ctx, required);
  }
}

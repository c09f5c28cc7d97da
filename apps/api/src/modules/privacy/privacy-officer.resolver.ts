import { Field, ObjectType, Query, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { TextArg } from '../../core/errors/text-bounds';
import { PrivacyPolicyService } from './privacy-policy.service';

@ObjectType({ description: "The organization's privacy officer as the public policy names them: a position and an office contact" })
export class PrivacyOfficer {
  @Field(() => String, { description: 'e.g. 평생학습과장' })
  position!: string;

  @Field(() => String, { description: "The office's phone or mailbox (not a person's own)" })
  contact!: string;
}

@Resolver()
export class PrivacyOfficerResolver {
  constructor(private readonly policy: PrivacyPolicyService) {}

  @Query(() => PrivacyOfficer, { nullable: true })
  @RequirePermission(Permission.AuditRead)
  privacyOfficer(@Ctx() ctx: RequestContext) {
    return this.policy.officer(ctx);
  }

  @Mutation(() => PrivacyOfficer, { description: "Names the organization's privacy officer on the public policy (/privacy); audited" })
  @RequirePermission(Permission.AuditRead)
  setPrivacyOfficer(@Ctx() ctx: RequestContext, @TextArg('position', 100) position: string, @TextArg('contact', 200) contact: string) {
    return this.policy.setOfficer(ctx, position, contact);
  }
}

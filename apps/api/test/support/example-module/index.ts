// The module template, compiled and run (test/module-template.e2e.ts): one folder, and one line in a module list.
// A real module lives in src/modules/<name>/ and its line goes in src/modules.ts; this one is added the same way by the test.
import { Injectable, Module } from '@nestjs/common';
import { Args, ID, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import type { ApiModule } from '../../../src/core/module';
import type { AccessPolicy, PolicyScope } from '../../../src/core/access/access-policy';
import { AccessService } from '../../../src/core/access/access.service';
import { RequirePermission } from '../../../src/core/auth/permission.decorator';
import { Ctx } from '../../../src/core/context/ctx.decorator';
import { RequestContext } from '../../../src/core/context/request-context';
import { AppError } from '../../../src/core/errors/app-error';
import type { ErrorCatalog } from '../../../src/core/errors/error-codes';
import { OnEvent } from '../../../src/core/events/domain-events';
import type { ProgrammeEvents } from '../../../src/modules/programmes';

/** example.errors.ts */
export const EXAMPLE_ERRORS = {
  EXAMPLE_NOT_FOUND: { ko: '예시를 찾을 수 없습니다.', en: 'Example not found.' },
} as const satisfies ErrorCatalog;
declare module '../../../src/core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof EXAMPLE_ERRORS, true> {}
}

/** example.access.ts: the organizations the caller acts for (one SQL rule). */
export const EXAMPLE_ACCESS: AccessPolicy<{ admin: boolean }> = {
  name: 'example',
  table: 'organization',
  notFound: 'EXAMPLE_NOT_FOUND',
  visible: ({ ctx, alias, bind }: PolicyScope) => (ctx.isPlatformAdmin ? null : ctx.activeOrganizationId ? `${alias}.id = ${bind(ctx.activeOrganizationId)}` : 'false'),
  capabilities: ({ ctx }: PolicyScope) => ({ admin: ctx.role === 'ORG_ADMIN' || ctx.isPlatformAdmin ? 'true' : 'false' }),
};

@ObjectType()
export class ExampleCard {
  @Field(() => ID) id!: string;
  @Field() admin!: boolean;
}

/** example.service.ts: the context first; access through the policy. */
@Injectable()
export class ExampleService {
  /** Programme steps seen, from the programmes module's events (in its transaction). */
  readonly seen: string[] = [];
  constructor(private readonly access: AccessService) {}

  async card(ctx: RequestContext, organizationId: string): Promise<ExampleCard> {
    const granted = await this.access.require(ctx, EXAMPLE_ACCESS, organizationId);
    return { id: granted.id, admin: granted.admin };
  }

  @OnEvent('programme.status_changed', 'transaction')
  async programmeMoved(_ctx: RequestContext, e: ProgrammeEvents['programme.status_changed']): Promise<void> {
    this.seen.push(`${e.from}→${e.to}`);
  }

  refuse(): never {
    throw new AppError('EXAMPLE_NOT_FOUND');
  }
}

/** example.resolver.ts: decorators and one service call. */
@Resolver(() => ExampleCard)
export class ExampleResolver {
  constructor(private readonly service: ExampleService) {}

  @Query(() => ExampleCard)
  @RequirePermission(Permission.OrganizationRead)
  exampleCard(@Ctx() ctx: RequestContext, @Args('organizationId', { type: () => ID }) organizationId: string) {
    return this.service.card(ctx, organizationId);
  }
}

@Module({ providers: [ExampleService, ExampleResolver], exports: [ExampleService] })
export class ExampleModule {}

/** index.ts: the declaration. */
export const example: ApiModule = {
  name: 'example',
  nest: ExampleModule,
  entities: [],
  resolvers: [ExampleResolver],
  errors: EXAMPLE_ERRORS,
};

import type { AuditAction } from '@lalaland/shared';
// The module template, compiled and run (test/module-template.e2e.ts): one folder, and one line in a module list.
// A real module lives in src/modules/<name>/ and its line goes in src/modules.ts; this one is added the same way by the test.
import { Injectable, Module } from '@nestjs/common';
import { Args, ID, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Permission } from '@lalaland/shared';
import type { ApiModule } from '../../../src/core/module';
import type { AccessPolicy, PolicyScope } from '../../../src/core/access/access-policy';
import { AccessService } from '../../../src/core/access/access.service';
import { AuditService } from '../../../src/core/audit/audit.service';
import { Transactions } from '../../../src/core/database/transaction';
import { TextArg } from '../../../src/core/errors/text-bounds';
import { CachedRead } from '../../../src/core/graphql/response-cache';
import { ExampleNote } from './example-note.entity';
import { MIGRATIONS } from './migrations';
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
  visible: ({ ctx, alias, bind }: PolicyScope) =>
    ctx.isPlatformAdmin ? null : ctx.activeOrganizationId ? `${alias}.id = ${bind(ctx.activeOrganizationId)}` : 'false',
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
  constructor(
    private readonly access: AccessService,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async card(ctx: RequestContext, organizationId: string): Promise<ExampleCard> {
    const granted = await this.access.require(ctx, EXAMPLE_ACCESS, organizationId);
    return { id: granted.id, admin: granted.admin };
  }

  /** Access on the pool first; then the write and its audit row in one transaction (docs/adr/0004). */
  async addNote(ctx: RequestContext, organizationId: string, text: string): Promise<ExampleNote> {
    await this.access.require(ctx, EXAMPLE_ACCESS, organizationId);
    return this.tx.run(ctx, async (em) => {
      const note = await em.save(em.create(ExampleNote, { organizationId, text: text.trim() }));
      await this.audit.record(ctx, {
        action: 'example.note' as AuditAction,
        entityType: 'example_note',
        entityId: note.id,
        organizationId,
        changes: { text: [null, note.text] },
      });
      return note;
    });
  }

  async notes(ctx: RequestContext, organizationId: string): Promise<ExampleNote[]> {
    await this.access.require(ctx, EXAMPLE_ACCESS, organizationId);
    return this.db.getRepository(ExampleNote).find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 50 });
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

  @Query(() => [ExampleNote], { description: 'The newest 50 notes' })
  @RequirePermission(Permission.OrganizationRead)
  @CachedRead()
  exampleNotes(@Ctx() ctx: RequestContext, @Args('organizationId', { type: () => ID }) organizationId: string) {
    return this.service.notes(ctx, organizationId);
  }

  @Mutation(() => ExampleNote)
  @RequirePermission(Permission.OrganizationRead)
  addExampleNote(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @TextArg('text', 200) text: string,
  ) {
    return this.service.addNote(ctx, organizationId, text);
  }
}

@Module({ providers: [ExampleService, ExampleResolver], exports: [ExampleService] })
export class ExampleModule {}

/** index.ts: the declaration. */
export const example: ApiModule = {
  name: 'example',
  nest: ExampleModule,
  entities: [ExampleNote],
  resolvers: [ExampleResolver],
  errors: EXAMPLE_ERRORS,
  migrations: MIGRATIONS,
};

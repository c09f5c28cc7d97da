/**
 * GraphQL server drivers under Nest, same code-first schema, same resolvers:
 * Apollo on Express 5, Apollo on Fastify 5, Mercurius on Fastify (with and without graphql-jit).
 * `node dist-bench/drivers.js serve <driver> <port>` serves one; bench/run.ts drives them with autocannon.
 * The schema is synthetic on purpose (no database): the figures isolate the driver and the executor.
 */
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { Args, Field, GraphQLModule, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

export const DRIVERS = ['apollo-express', 'apollo-fastify', 'mercurius-fastify', 'mercurius-fastify-jit'] as const;
export type DriverName = (typeof DRIVERS)[number];

@ObjectType()
class BenchSession {
  @Field(() => ID) id!: string;
  @Field(() => String) startsAt!: string;
  @Field(() => String) venue!: string;
  @Field(() => Int) enrolled!: number;
}

@ObjectType()
class BenchProgramme {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) pillar!: string;
  @Field(() => Int) capacity!: number;
  sessionIds!: string[];
}

const SESSIONS = new Map<string, BenchSession>();
const PROGRAMMES: BenchProgramme[] = Array.from({ length: 100 }, (_, p) => {
  const sessionIds = Array.from({ length: 10 }, (_, s) => {
    const id = `s-${p}-${s}`;
    SESSIONS.set(id, {
      id,
      startsAt: new Date(Date.UTC(2025, 3, 1 + s, 1)).toISOString(),
      venue: `평생학습관 ${p % 16}`,
      enrolled: (p * s) % 30,
    });
    return id;
  });
  return {
    id: `p-${p}`,
    title: `부산 평생학습 프로그램 ${p}`,
    pillar: ['LEARN', 'LINK', 'ACT'][p % 3] ?? 'LEARN',
    capacity: 30,
    sessionIds,
  };
});

@Resolver(() => BenchProgramme)
class BenchResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }

  @Query(() => [BenchProgramme])
  programmes(@Args('limit', { type: () => Int, defaultValue: 50 }) limit: number): BenchProgramme[] {
    return PROGRAMMES.slice(0, limit);
  }

  @ResolveField(() => [BenchSession])
  sessions(@Parent() programme: BenchProgramme): BenchSession[] {
    return programme.sessionIds.map((id) => SESSIONS.get(id)!);
  }
}

function graphqlModule(driver: DriverName): DynamicModule {
  if (driver.startsWith('apollo')) {
    return GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      playground: false,
      graphiql: false,
      includeStacktraceInErrorResponses: false,
    });
  }
  return GraphQLModule.forRoot<MercuriusDriverConfig>({
    driver: MercuriusDriver,
    autoSchemaFile: true,
    graphiql: false,
    // graphql-jit compiles a query after it has been seen this many times.
    ...(driver === 'mercurius-fastify-jit' ? { jit: 1 } : {}),
  });
}

export async function serve(driver: DriverName, port: number): Promise<void> {
  @Module({ imports: [graphqlModule(driver)], providers: [BenchResolver] })
  class BenchModule {}
  const app =
    driver === 'apollo-express'
      ? await NestFactory.create(BenchModule, { logger: false })
      : await NestFactory.create(BenchModule, new FastifyAdapter(), { logger: false });
  await app.listen(port, '127.0.0.1');
  process.stdout.write('READY\n');
}

if (require.main === module && process.argv[2] === 'serve') {
  const driver = process.argv[3] as DriverName;
  if (!DRIVERS.includes(driver)) throw new Error(`unknown driver ${driver}; one of ${DRIVERS.join(', ')}`);
  void serve(driver, Number(process.argv[4]));
}

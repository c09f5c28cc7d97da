import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { Logger } from '@nestjs/common';
import { ContextFactory } from '../../modules/auth/context.factory';
import { createFormatError } from './format-error';
import { introspectionGate, localizeErrors } from './plugins';

/** Query limits: depth, cost, aliases, directives and tokens (GraphQL Armor), field suggestions blocked. */
export const armor = new ApolloArmor({
  maxDepth: { n: 8 },
  costLimit: { maxCost: 5000 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  // Token limit through graphql's own parser (below): Armor's rule re-parses and turns a syntax error into a 500.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
}).protect();

const logger = new Logger('GraphQL');

export function graphqlOptions(contexts: ContextFactory): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: 2000 },
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    fieldResolverEnhancers: ['guards'],
    context: ({ req, res }: { req: Request; res: Response }) => contexts.create(req, res),
    // Nest's driver sees @apollo/server's ESM typings, this file its CommonJS ones: same objects, two declarations.
    plugins: [...armor.plugins, introspectionGate, localizeErrors] as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: createFormatError((err, msg) => logger.error({ err }, msg)),
  };
}

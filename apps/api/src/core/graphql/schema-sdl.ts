import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { Type } from '@nestjs/common';

/** The schema as SDL, sorted, built from the resolvers alone (no database, no server). */
export async function buildSchemaSdl(resolvers: readonly Type[]): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create([...resolvers]);
  await app.close();
  return `# Generated from the code-first resolvers by \`npm run schema\`. Do not edit: the contract the portal's types come from.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

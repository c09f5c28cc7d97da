import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  GraphQLObjectType,
  Kind,
  getNamedType,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type DocumentNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { decoratedMethods } from '../decorated-methods';
import { createValidationPipe } from '../errors/validation';
import { LIMIT_RULES } from './graphql.config';
import { costGate } from './query-cost';
import { digest } from './query-plan';
import { planOfRequest, prebuiltContext } from './response-cache.http';
import { SQL_READ, selectionsOf, type SqlRead, type SqlReadSpec } from './sql-read';

/** The one-statement reads of root fields (`@SqlReadOf`), found on the providers at start; a field declared twice stops it. */
@Injectable()
export class SqlReads implements OnModuleInit {
  readonly byField = new Map<string, SqlReadSpec & { read: SqlRead }>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const { meta, name, call } of decoratedMethods<SqlReadSpec>(this.discovery, this.scanner, this.reflector, SQL_READ)) {
      if (this.byField.has(meta.field)) throw new Error(`the field ${meta.field} has two SQL reads (${name})`);
      this.byField.set(meta.field, { ...meta, read: call as SqlRead });
    }
  }
}

/** A query text the reads can answer: its operation, fragments and root fields; null when GraphQL must (invalid, or a field without a read). */
interface SqlOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  fields: FieldNode[];
}

const MAX_OPERATIONS = 500;

function operationOf(schema: GraphQLSchema, reads: SqlReads, query: string, operationName: unknown): SqlOperation | null {
  const document = parse(query, { maxTokens: 2000 });
  if (validate(schema, document, [...specifiedRules, ...LIMIT_RULES]).length) return null;
  const ops = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = ops.length === 1 ? ops[0] : ops.find((o) => o.name?.value === operationName);
  if (!operation || operation.operation !== OperationTypeNode.QUERY || operation.directives?.length) return null;
  const fields: FieldNode[] = [];
  const keys = new Set<string>();
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD || !reads.byField.has(s.name.value) || s.directives?.length || !s.selectionSet) return null;
    // A key asked twice is merged by GraphQL into one answer: left to it.
    const key = s.alias?.value ?? s.name.value;
    if (keys.has(key)) return null;
    keys.add(key);
    fields.push(s);
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return { document, operation, fragments, fields };
}

/**
 * Answers a query whose every root field has a SQL read, after the response cache missed (its statements are noted
 * there, so the answer is kept like any other). Whatever the reads do not answer goes on to GraphQL.
 */
export function installSqlReads(fastify: FastifyInstance, reads: SqlReads): void {
  const schemaOf = () => (fastify as unknown as { graphql: { schema: GraphQLSchema } }).graphql.schema;
  const operations = new Map<string, SqlOperation | null>();
  const pipe = createValidationPipe();
  fastify.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (reply.sent || !planOfRequest(req)?.cacheable || !reads.byField.size) return;
    const ctx = prebuiltContext(req);
    if (!ctx?.isAuthenticated) return;
    const body = req.body as { query: string; variables?: unknown; operationName?: unknown };
    const schema = schemaOf();
    const key = digest(typeof body.operationName === 'string' ? body.operationName : '', body.query);
    let op = operations.get(key);
    if (op === undefined) {
      op = operationOf(schema, reads, body.query, body.operationName);
      if (operations.size >= MAX_OPERATIONS) operations.delete(operations.keys().next().value!);
      operations.set(key, op);
    }
    if (!op) return;
    const given = body.variables ?? {};
    if (typeof given !== 'object' || Array.isArray(given)) return;
    const coerced = getVariableValues(schema, op.operation.variableDefinitions ?? [], given as Record<string, unknown>);
    if (coerced.errors) return;
    try {
      costGate(schema, op.document, ctx, coerced.coerced);
    } catch {
      return;
    }
    const queryType = schema.getQueryType()!;
    const parts: Buffer[] = [];
    for (const node of op.fields) {
      const spec = reads.byField.get(node.name.value)!;
      if (!spec.permissions.every((p) => ctx.can(p))) return;
      const def = queryType.getFields()[node.name.value]!;
      const type = getNamedType(def.type);
      if (!(type instanceof GraphQLObjectType)) return;
      const fields = selectionsOf(node.selectionSet!, type, op.fragments);
      if (!fields) return;
      let args: unknown;
      try {
        const given = getArgumentValues(def, node, coerced.coerced);
        args = spec.args ? await pipe.transform(given, { type: 'body', metatype: spec.args, data: '' }) : given;
      } catch {
        return; // GraphQL refuses them with its messages
      }
      const selection = { key: node.alias?.value ?? node.name.value, name: node.name.value, hasArgs: true, fields, type: def.type };
      let json: Buffer | null;
      try {
        json = await spec.read(ctx, { args, selection });
      } catch (err) {
        req.log.error({ err }, 'a SQL read failed: GraphQL answers');
        return;
      }
      if (json === null) return;
      parts.push(Buffer.from(`${parts.length ? ',' : '{"data":{'}"${selection.key}":`), json);
    }
    parts.push(Buffer.from('}}'));
    return reply.header('x-lalaland-read', 'sql').type('application/json; charset=utf-8').send(Buffer.concat(parts));
  });
}

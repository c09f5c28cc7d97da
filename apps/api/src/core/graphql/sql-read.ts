import { SetMetadata, type Type } from '@nestjs/common';
import {
  GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  Kind,
  getNamedType,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type SelectionSetNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import type { Permission } from '@lalaland/shared';
import type { RequestContext } from '../context/request-context';

/*
 * Reads answered by one SQL statement (docs/adr/0019): a root field whose module can build the whole answer as JSON in
 * PostgreSQL declares it with @SqlReadOf on a service method. For a query whose every root field has one, the request
 * skips GraphQL's execution: the arguments are coerced by the schema and validated by the same pipe, the permissions
 * checked as the guard checks them, and each field's JSON text is passed through. Anything the read does not know (a
 * field, a directive, an argument it refuses) falls back to GraphQL, which answers as always.
 */

/** One selected field: its response key (alias), its schema name, its argument nodes and what it selects. */
export interface SqlSelection {
  key: string;
  name: string;
  hasArgs: boolean;
  /** The selected fields of an object field (fragments on its type merged in); empty for a leaf. */
  fields: SqlSelection[];
  type: GraphQLOutputType;
}

/** What a read receives: the caller, the field's arguments (validated, as the resolver would get them), its selection. */
export interface SqlReadField<A> {
  args: A;
  selection: SqlSelection;
}

/** A read: the field's JSON (PostgreSQL's bytes), or null to let GraphQL answer (a shape it does not build). */
export type SqlRead<A = unknown> = (ctx: RequestContext, field: SqlReadField<A>) => Promise<Buffer | null>;

export const SQL_READ = Symbol('sqlRead');

export interface SqlReadSpec {
  field: string;
  /** The field's ArgsType (validated by the app's pipe), or null for a field without arguments. */
  args: Type | null;
  /** Every permission the resolvers of the fields it answers require (the root's and the nested fields'). */
  permissions: readonly Permission[];
}

/** Marks a service method as the one-statement read of a root query field (see above). */
export const SqlReadOf = (field: string, args: Type | null, permissions: readonly Permission[]) =>
  SetMetadata(SQL_READ, { field, args, permissions } satisfies SqlReadSpec);

/**
 * The fields a selection set asks for, on `type`: aliases kept, fragments on the type merged, in order. Null when it
 * uses what a read does not follow: a directive, a fragment on another type, a key asked twice.
 */
export function selectionsOf(
  set: SelectionSetNode,
  type: GraphQLObjectType,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): SqlSelection[] | null {
  const out: SqlSelection[] = [];
  const keys = new Set<string>();
  const walk = (s: SelectionSetNode): boolean => {
    for (const sel of s.selections) {
      if (sel.directives?.length) return false;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        if (keys.has(key)) return false;
        keys.add(key);
        const def = sel.name.value === '__typename' ? undefined : type.getFields()[sel.name.value];
        if (!def && sel.name.value !== '__typename') return false;
        const named = def ? getNamedType(def.type) : undefined;
        let fields: SqlSelection[] = [];
        if (sel.selectionSet) {
          if (!(named instanceof GraphQLObjectType)) return false;
          const inner = selectionsOf(sel.selectionSet, named, fragments);
          if (!inner) return false;
          fields = inner;
        }
        out.push({ key, name: sel.name.value, hasArgs: !!sel.arguments?.length, fields, type: def?.type ?? type });
      } else {
        const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments[sel.name.value];
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) return false;
        if (!walk(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  return walk(set) ? out : null;
}

/** A JSON string literal in SQL (a response key or a type name: schema names and aliases, [_A-Za-z][_0-9A-Za-z]*). */
export const sqlKey = (key: string): string => `'${key}'`;

/** An instant as the DateTime scalar writes it: UTC, milliseconds, "Z". */
export const isoSql = (expr: string): string => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `json_build_object(key, value, …)` of selections; null if one of them has no SQL. */
export function jsonObject(selections: readonly SqlSelection[], valueOf: (s: SqlSelection) => string | null): string | null {
  const parts: string[] = [];
  for (const s of selections) {
    const value = valueOf(s);
    if (value === null) return null;
    parts.push(`${sqlKey(s.key)}, ${value}`);
  }
  // json_build_object takes at most 50 pairs (100 arguments): a larger selection is not built here.
  return parts.length && parts.length <= 50 ? `json_build_object(${parts.join(', ')})` : null;
}

const SCALARS = new Set(['ID', 'String', 'Int', 'Boolean', 'DateTime']);

/**
 * SQL for a field that is the entity's own column, read as GraphQL's default resolver would (a property of the
 * entity, no resolver of its own, no arguments, no transformer): the column, or the instant formatted. Null otherwise,
 * or when the column is not among `columns` (what another module publishes of its table).
 */
export function columnJson(
  db: DataSource,
  entity: Type | null,
  alias: string,
  objectType: GraphQLObjectType,
  s: SqlSelection,
  columns?: ReadonlySet<string>,
): string | null {
  if (s.name === '__typename') return sqlKey(objectType.name);
  const def = objectType.getFields()[s.name];
  if (!entity || !def || !isPlain(def) || s.hasArgs || s.fields.length) return null;
  const column = db.getMetadata(entity).findColumnWithPropertyName(s.name);
  if (!column || column.transformer || (columns && !columns.has(column.databaseName))) return null;
  const named = getNamedType(def.type);
  const list = unwrapNonNull(def.type) instanceof GraphQLList;
  if (list !== column.isArray) return null;
  if (!(named instanceof GraphQLEnumType) && !SCALARS.has(named.name)) return null;
  // An enum's values are its names here (the schema's enums map each name to the same string).
  if (named instanceof GraphQLEnumType && named.getValues().some((v) => v.value !== v.name)) return null;
  if (['bigint', 'numeric', 'decimal', 'json', 'jsonb'].includes(String(column.type))) return null;
  const sql = `${alias}.${column.databaseName}`;
  if (named.name !== 'DateTime') return sql;
  return !list && column.type === 'timestamptz' ? isoSql(sql) : null;
}

/**
 * A field GraphQL answers with the parent's property: no resolver, or the one @nestjs/graphql gives every `@Field`
 * property (`rootFieldResolver`, object-type-definition.factory); a `@ResolveField` replaces it with its own.
 */
const isPlain = (def: GraphQLField<unknown, unknown>): boolean => !def.resolve || def.resolve.name === 'rootFieldResolver';

/** The object type a field returns (lists and non-null unwrapped); the reads only call it on object fields. */
export function objectTypeOf(type: GraphQLOutputType): GraphQLObjectType {
  const named = getNamedType(type);
  if (!(named instanceof GraphQLObjectType)) throw new Error(`${named.name} is not an object type`);
  return named;
}

const unwrapNonNull = (t: GraphQLOutputType): GraphQLOutputType => (t instanceof GraphQLNonNull ? t.ofType : t);

/**
 * A page (`{ totalCount items offset limit }`) of the rows aliased `v` as JSON: `count` is the total's SQL, `item` each
 * row's JSON, `order` their order; offset and limit are bound only when asked for (an unused parameter is an error).
 */
export function pageJson(
  selection: SqlSelection,
  parts: { count: string; item: (items: SqlSelection) => string | null; order: string; offset: () => string; limit: () => string },
): string | null {
  let items: string | null = "'[]'::json";
  const page = jsonObject(selection.fields, (s) => {
    if (s.name === '__typename') return sqlKey(objectTypeOf(selection.type).name);
    if (s.name === 'totalCount') return `(${parts.count})::int`;
    if (s.name === 'offset' || s.name === 'limit') return `${parts[s.name]()}::int`;
    if (s.name !== 'items') return null;
    const item = parts.item(s);
    items = item && `coalesce(json_agg(${item} ORDER BY ${parts.order}), '[]')`;
    return items;
  });
  return page && items ? page : null;
}

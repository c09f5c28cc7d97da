import { Injectable, OnModuleInit, PipeTransform } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Args, GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLString,
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { getMetadataStorage } from 'class-validator';
// class-transformer's own storage of @Type (which class an array of inputs holds); it ships no declaration for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: { findTypeMetadata(target: unknown, property: string): { typeFunction?: () => unknown } | undefined };
};
import { AppError } from './app-error';

const TEXT_BOUND = 'lalaland:text-bound';
const ROUTE_ARGS = '__routeArguments__';
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_PROPERTY = 'graphql:resolve_property';
/** GqlParamtype.ARGS in @nestjs/graphql. */
const GQL_ARGS = 3;

/** Constraints that bound a string's length whatever is sent (an enumerated value, an id, a date, a capped text). */
const BOUNDING = new Set([
  'maxLength',
  'length',
  'isUUID',
  'isIn',
  'isEnum',
  'isCalendarDate',
  'isISO8601',
  'isEmail',
  'isDateString',
  'isBirthYear',
  'isInt',
  'isBoolean',
  'isNumber',
]);

/**
 * Refuses text over `max` characters (never cuts it) and, when required, text that is blank; blank optional text
 * becomes null. The pipe of @TextArg, and the one rule every bare text argument follows.
 */
class TextBoundPipe implements PipeTransform {
  constructor(
    private readonly field: string,
    private readonly max: number,
    private readonly required: boolean,
    private readonly blank: boolean,
    private readonly maxItems: number | null,
  ) {}

  transform(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    if (Array.isArray(value) && this.maxItems !== null) {
      if (value.length > this.maxItems)
        throw new AppError('VALIDATION_FAILED', {
          fields: [
            {
              field: this.field,
              problems: ['arrayMaxSize'],
              ko: `${this.maxItems}개 이하로 고르세요.`,
              en: `Choose at most ${this.maxItems}.`,
            },
          ],
        });
      return value.map((v: unknown) => this.one(v));
    }
    return this.one(value);
  }

  private one(value: unknown): unknown {
    if (typeof value !== 'string') return value;
    if (!value.trim()) {
      if (this.blank) return '';
      if (!this.required) return null;
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ field: this.field, problems: ['isNotEmpty'], ko: '필수 입력 항목입니다.', en: 'This field is required.' }],
      });
    }
    if (value.length > this.max) {
      const n = this.max.toLocaleString('en');
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ field: this.field, problems: ['maxLength'], ko: `${n}자 이하로 입력하세요.`, en: `Use at most ${n} characters.` }],
      });
    }
    return value;
  }
}

/**
 * A text argument of a resolver with its bound declared: `@TextArg('reason', 500) reason: string`. Over the bound or
 * blank (when required) it is refused with VALIDATION_FAILED naming the field. The boot check refuses any text
 * argument declared without one (TextBoundsCheck).
 */
export function TextArg(
  name: string,
  max: number,
  options: {
    nullable?: boolean;
    description?: string;
    /** Blank passes as "" (a search for everything, or a service that names the missing value in its own words). */ allowBlank?: boolean;
    /** A list of texts, at most this many. */ list?: number;
    defaultValue?: unknown;
  } = {},
): ParameterDecorator {
  return (target, key, index) => {
    Args(
      name,
      {
        type: () => (options.list !== undefined ? [String] : String),
        ...(options.nullable ? { nullable: true } : {}),
        ...(options.description ? { description: options.description } : {}),
        ...(options.defaultValue !== undefined ? { defaultValue: options.defaultValue } : {}),
      },
      new TextBoundPipe(name, max, !options.nullable, !!options.allowBlank, options.list ?? null),
    )(target, key!, index);
    const bounds = (Reflect.getMetadata(TEXT_BOUND, target, key!) as Record<number, number> | undefined) ?? {};
    Reflect.defineMetadata(TEXT_BOUND, { ...bounds, [index]: max }, target, key!);
  };
}

type Ctor = abstract new (...args: never[]) => unknown;

/** @Matches with an anchored pattern of bounded repeats (^\d{5}$, ^\d{2}:\d{2}$): as good as a length. */
function boundedPattern(v: { name?: string; type: string; constraints?: unknown[] }): boolean {
  const re = v.constraints?.[0];
  if ((v.name ?? v.type) !== 'matches' || !(re instanceof RegExp)) return false;
  // escapes and character classes are one character each; what is left must have no open-ended repeat
  const shape = re.source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  return /^\^.*\$$/.test(shape) && !/[*+]|\{\d+,\}/.test(shape);
}

const ARGS_TYPE = 'graphql:args_type';
const SCALARS = [Number, Boolean, Date, Object] as unknown[];
const isClass = (t: unknown): t is Ctor => typeof t === 'function' && t !== String && t !== Array && !SCALARS.includes(t);

/** The GraphQL type named, unwrapped from lists and non-null. */
function named(type: GraphQLType | undefined): GraphQLNamedType | undefined {
  return type ? getNamedType(type) : undefined;
}

/**
 * The text properties of an input class (and of the input classes it holds) without a bounding constraint. Each
 * property's GraphQL type comes from `fields` (the schema's input type or field arguments): IDs are looked up, never
 * stored, and need none (a malformed or oversized id is simply not found).
 */
function unboundedProperties(
  cls: Ctor,
  fields: Record<string, { type: GraphQLType }> | undefined,
  where: string,
  schema: GraphQLSchema,
  seen: Set<Ctor>,
): string[] {
  if (seen.has(cls)) return [];
  seen.add(cls);
  const validations = getMetadataStorage().getTargetValidationMetadatas(cls as never, '', true, false);
  const out: string[] = [];
  for (const prop of new Set(validations.map((v) => v.propertyName))) {
    const type = named(fields?.[prop]?.type);
    if (type && isInputObjectType(type)) {
      const nested = (defaultMetadataStorage.findTypeMetadata(cls as never, prop)?.typeFunction?.() ??
        Reflect.getMetadata('design:type', (cls as { prototype: object }).prototype, prop)) as unknown;
      if (isClass(nested)) out.push(...unboundedProperties(nested, type.getFields(), `${where}.${prop}`, schema, seen));
      continue;
    }
    if (!type || type.name !== 'String') continue;
    const mine = validations.filter((v) => v.propertyName === prop);
    if (!mine.some((v) => BOUNDING.has(v.name ?? v.type) || boundedPattern(v))) out.push(`${where}.${prop}`);
  }
  return out;
}

/**
 * Every text argument of every resolver that declares no bound: a bare String argument without @TextArg, or a String
 * field of an input or args class without a bounding constraint (@MaxLength, @IsIn, @IsUUID …). Found by walking the
 * resolvers and reading each argument's GraphQL type from the built schema.
 */
export function findUnboundedText(
  schema: GraphQLSchema,
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): string[] {
  const missing: string[] = [];
  const seen = new Set<Ctor>();
  const rootFields = {
    ...schema.getQueryType()?.getFields(),
    ...schema.getMutationType()?.getFields(),
    ...schema.getSubscriptionType()?.getFields(),
  };
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const proto = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = (proto as Record<string, unknown>)[name] as () => unknown;
      const root = reflector.get(RESOLVER_TYPE, handler) !== undefined;
      if (!root && reflector.get(RESOLVER_PROPERTY, handler) === undefined) continue;
      const params =
        (Reflect.getMetadata(ROUTE_ARGS, instance.constructor, name) as Record<string, { index: number; data?: unknown }> | undefined) ??
        {};
      const designs = (Reflect.getMetadata('design:paramtypes', proto, name) as unknown[] | undefined) ?? [];
      const declared =
        (Reflect.getOwnMetadata(ARGS_TYPE, instance.constructor, name) as Array<{ index: number; typeFn?: () => unknown }> | undefined) ??
        [];
      const bounds = (Reflect.getMetadata(TEXT_BOUND, proto, name) as Record<number, number> | undefined) ?? {};
      // The field's arguments in the schema (root operations by name; a field resolver's are read off its parent type when unique).
      const args = Object.fromEntries((rootFields[name]?.args ?? fieldArgs(schema, name)).map((a) => [a.name, a]));
      for (const [key, param] of Object.entries(params)) {
        if (Number(key.split(':')[0]) !== GQL_ARGS) continue;
        const where = `${instance.constructor.name}.${name}(${typeof param.data === 'string' ? param.data : '…'})`;
        const explicit = declared.find((d) => d.index === param.index)?.typeFn?.();
        const design = designs[param.index];
        if (typeof param.data === 'string') {
          const type =
            named(args[param.data]?.type) ?? (explicit === String || (!explicit && design === String) ? GraphQLString : undefined);
          if (type && isInputObjectType(type) && isClass(explicit ?? design))
            missing.push(...unboundedProperties((explicit ?? design) as Ctor, type.getFields(), where, schema, seen));
          else if (type?.name === 'String' && bounds[param.index] === undefined) missing.push(where);
        } else if (isClass(design)) missing.push(...unboundedProperties(design, args, where, schema, seen));
      }
    }
  }
  return [...new Set(missing)];
}

/** The arguments of the object types' fields called `name` (a field resolver), when they agree on one list. */
function fieldArgs(schema: GraphQLSchema, name: string): readonly GraphQLArgument[] {
  const found = Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
    .map((t) => t.getFields()[name])
    .filter((f) => f && f.args.length);
  return found[0]?.args ?? [];
}

/** Boot-time check: the app refuses to start while any text argument can grow without a declared bound. */
@Injectable()
export class TextBoundsCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly schemaHost: GraphQLSchemaHost,
  ) {}

  /** At init, before anything starts listening or polling: a refused boot leaves nothing running. */
  onModuleInit(): void {
    const missing = findUnboundedText(this.schemaHost.schema, this.discovery, this.scanner, this.reflector);
    if (missing.length)
      throw new Error(
        `Refusing to boot: these text arguments declare no bound (use @TextArg(name, max) or @MaxLength on the input field): ${missing.join(', ')}`,
      );
  }
}

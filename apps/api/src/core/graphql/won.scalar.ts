import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueTransformer } from 'typeorm';

function check(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new GraphQLError('Won must be a non-negative whole number of won', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** Money in Korean won: a non-negative integer (JSON number), exact up to 2^53 − 1. Stored as Postgres bigint. */
export const WonScalar = new GraphQLScalarType({
  name: 'Won',
  description: 'Amount in Korean won (KRW), a non-negative integer',
  serialize: (v) => (typeof v === 'string' ? Number(v) : check(v)),
  parseValue: check,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Won must be a whole number', { extensions: { code: 'BAD_USER_INPUT' } });
    return check(Number(ast.value));
  },
});

/** bigint column ↔ number (pg returns bigint as text). */
export const wonColumn: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

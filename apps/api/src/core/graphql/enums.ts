import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enum from a list of string values (value names equal their values, e.g. ORG_ADMIN). */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description?: string): Record<T, T> {
  const e = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(e, { name, description });
  return e;
}

import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20, description: '1–100' })
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
}

/** `XPage { items, totalCount, offset, limit }` for an entity type. */
export function PageOf<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class PageType {
    @Field(() => [item])
    items!: T[];
    @Field(() => Int)
    totalCount!: number;
    @Field(() => Int)
    offset!: number;
    @Field(() => Int)
    limit!: number;
  }
  return PageType;
}

/** Escape % and _ for ILIKE. */
export const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

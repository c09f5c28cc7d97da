import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Permission } from '@lalaland/shared';
import type { RequestContext } from '../../core/context/request-context';
import { positionalBind } from '../../core/access/access-policy';
import { preparedRead } from '../../core/database/prepared';
import { SqlReadOf, columnJson, jsonObject, objectTypeOf, type SqlReadField } from '../../core/graphql/sql-read';
import { STREAM_ACCESS } from './funding.access';
import { FundingStream } from './funding-stream.entity';

/* The streams the caller sees as one statement (core/graphql/sql-read.ts, docs/adr/0019): STREAM_ACCESS, FundingService.list's order. */
@Injectable()
export class FundingSqlReads {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlReadOf('fundingStreams', null, [Permission.FundingRead])
  async fundingStreams(ctx: RequestContext, { selection }: SqlReadField<unknown>): Promise<Buffer | null> {
    const params: unknown[] = [];
    const bind = positionalBind(params);
    const visible = STREAM_ACCESS.visible({ ctx, alias: 's', bind }) ?? 'true';
    const stream = jsonObject(selection.fields, (f) => columnJson(this.db, FundingStream, 's', objectTypeOf(selection.type), f));
    if (!stream) return null;
    const text = `SELECT coalesce(json_agg(${stream} ORDER BY s.fiscal_year DESC, s.code), '[]')::text AS json FROM funding_stream s WHERE ${visible}`;
    return preparedRead(this.db, text, params);
  }
}

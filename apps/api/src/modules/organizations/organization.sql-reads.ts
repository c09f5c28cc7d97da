import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Permission } from '@lalaland/shared';
import { positionalBind } from '../../core/access/access-policy';
import { preparedRead } from '../../core/database/prepared';
import { SqlReadOf, columnJson, jsonObject, objectTypeOf, pageJson, type SqlReadField } from '../../core/graphql/sql-read';
import { Organization } from './organization.entity';
import { OrganizationsArgs } from './organization.dto';
import { organizationFilters } from './organization.service';

/* The partner directory as one statement (core/graphql/sql-read.ts, docs/adr/0019): OrganizationService.list's filters and order. */
@Injectable()
export class OrganizationSqlReads {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlReadOf('organizations', OrganizationsArgs, [Permission.OrganizationRead])
  async organizations(_ctx: unknown, { args, selection }: SqlReadField<OrganizationsArgs>): Promise<Buffer | null> {
    const params: unknown[] = [];
    const bind = positionalBind(params);
    const where = organizationFilters(args, 'o', bind).join(' AND ') || 'true';
    const page = pageJson(selection, {
      count: `SELECT count(*) FROM organization o WHERE ${where}`,
      item: (items) => jsonObject(items.fields, (f) => columnJson(this.db, Organization, 'v', objectTypeOf(items.type), f)),
      order: 'v.kind, v.name_ko, v.id',
      offset: () => bind(args.offset),
      limit: () => bind(args.limit),
    });
    if (!page) return null;
    const text = `WITH v AS (SELECT o.* FROM organization o WHERE ${where} ORDER BY o.kind, o.name_ko, o.id OFFSET ${bind(args.offset)} LIMIT ${bind(args.limit)})
      SELECT ${page}::text AS json FROM v`;
    return preparedRead(this.db, text, params);
  }
}

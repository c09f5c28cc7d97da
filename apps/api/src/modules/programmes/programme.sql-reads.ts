import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Permission } from '@lalaland/shared';
import type { RequestContext } from '../../core/context/request-context';
import { capabilitySql, positionalBind } from '../../core/access/access-policy';
import { preparedRead } from '../../core/database/prepared';
import {
  SqlReadOf,
  columnJson,
  jsonObject,
  objectTypeOf,
  pageJson,
  type SqlReadField,
  type SqlSelection,
} from '../../core/graphql/sql-read';
import { ORGANIZATIONS, ORGANIZATION_COLUMNS, Organization } from '../organizations';
import { FUNDING_STREAMS, FUNDING_STREAM_COLUMNS, FundingStream, streamVisibleSql } from '../funding';
import { PROGRAMME_ACCESS, outsideCountSql } from './programme.access';
import { ENROLMENT_COUNTS } from './programme-counters';
import { calendarFilters, programmeFilters } from './programme-filters';
import { Initiative, Programme } from './programme.entity';
import { ProgrammeSession } from './programme-session.entity';
import { Venue } from './venue.entity';
import { ProgrammesArgs } from './programmes.dto';
import { CalendarArgs, assertWindow } from './programme-session.dto';

/*
 * The programme list and the consortium calendar as one statement each, their JSON built by PostgreSQL
 * (core/graphql/sql-read.ts, docs/adr/0019): the same rule (PROGRAMME_ACCESS), filters, order and hidden small counts
 * as the resolvers; any field not built here (capabilities, a programme's roster, a session's check-in code) leaves the
 * request to GraphQL.
 */
@Injectable()
export class ProgrammeSqlReads {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlReadOf('programmes', ProgrammesArgs, [Permission.ProgrammeRead])
  async programmes(ctx: RequestContext, { args, selection }: SqlReadField<ProgrammesArgs>): Promise<Buffer | null> {
    const params: unknown[] = [];
    const bind = positionalBind(params);
    const scope = { ctx, alias: 'p', bind };
    const where = [PROGRAMME_ACCESS.visible(scope) ?? 'true', ...programmeFilters(args, 'p', bind)].join(' AND ');
    const insider = capabilitySql(PROGRAMME_ACCESS, 'insider', scope);
    const page = pageJson(selection, {
      count: `coalesce(max(v.total), (SELECT count(*) FROM programme p WHERE ${where}))`,
      item: (items) => this.programmeJson(items),
      order: 'v.starts_on DESC, v.title_ko, v.id',
      offset: () => bind(args.offset),
      limit: () => bind(args.limit),
    });
    if (!page) return null;
    const text = `WITH v AS (SELECT p.*, ${insider} AS insider, count(*) OVER () AS total FROM programme p WHERE ${where}
      ORDER BY p.starts_on DESC, p.title_ko, p.id OFFSET ${bind(args.offset)} LIMIT ${bind(args.limit)})
      SELECT ${page}::text AS json FROM v`;
    return preparedRead(this.db, text, params);
  }

  /** A programme of the list (`v`, with its `insider` column) as JSON. */
  private programmeJson(items: SqlSelection): string | null {
    const type = objectTypeOf(items.type);
    return jsonObject(items.fields, (s) => {
      switch (s.name) {
        case 'seatsTaken':
          return outsideCountSql('v.seats_taken', 'v.insider');
        case 'enrolmentCounts':
          return jsonObject(s.fields, (c) => {
            const count = ENROLMENT_COUNTS[c.name];
            return count ? outsideCountSql(count.sql('v'), 'v.insider') : columnJson(this.db, null, 'v', objectTypeOf(s.type), c);
          });
        case 'host': {
          const host = jsonObject(s.fields, (f) => columnJson(this.db, Organization, 'h', objectTypeOf(s.type), f, ORGANIZATION_COLUMNS));
          return host && `(SELECT ${host} FROM ${ORGANIZATIONS} h WHERE h.id = v.host_organization_id)`;
        }
        case 'stream': {
          const columns = FUNDING_STREAM_COLUMNS;
          const stream = jsonObject(s.fields, (f) => columnJson(this.db, FundingStream, 'st', objectTypeOf(s.type), f, columns));
          return stream && `(SELECT ${stream} FROM ${FUNDING_STREAMS} st WHERE st.id = v.stream_id)`;
        }
        case 'sessions': {
          const session = jsonObject(s.fields, (f) => columnJson(this.db, ProgrammeSession, 's', objectTypeOf(s.type), f));
          return (
            session &&
            `(SELECT coalesce(json_agg(${session} ORDER BY s.starts_at, s.id), '[]') FROM programme_session s WHERE s.programme_id = v.id)`
          );
        }
        default:
          return columnJson(this.db, Programme, 'v', type, s);
      }
    });
  }

  /** Initiatives of the streams the caller sees (ProgrammeService.initiatives), by code. */
  @SqlReadOf('initiatives', null, [Permission.ProgrammeRead])
  async initiatives(ctx: RequestContext, { selection }: SqlReadField<unknown>): Promise<Buffer | null> {
    const params: unknown[] = [];
    const visible = streamVisibleSql(ctx, positionalBind(params), 'i.stream_id') ?? 'true';
    const initiative = jsonObject(selection.fields, (f) => columnJson(this.db, Initiative, 'i', objectTypeOf(selection.type), f));
    if (!initiative) return null;
    const text = `SELECT coalesce(json_agg(${initiative} ORDER BY i.code, i.id), '[]')::text AS json FROM initiative i WHERE ${visible}`;
    return preparedRead(this.db, text, params);
  }

  @SqlReadOf('sessionCalendar', CalendarArgs, [Permission.ProgrammeRead])
  async sessionCalendar(ctx: RequestContext, { args, selection }: SqlReadField<CalendarArgs>): Promise<Buffer | null> {
    try {
      assertWindow(args);
    } catch {
      return null; // GraphQL refuses it with its message
    }
    const params: unknown[] = [];
    const bind = positionalBind(params);
    const where = [PROGRAMME_ACCESS.visible({ ctx, alias: 'p', bind }) ?? 'true', ...calendarFilters(ctx, args, bind)];
    const type = objectTypeOf(selection.type);
    const session = jsonObject(selection.fields, (s) => {
      if (s.name === 'programme') {
        return jsonObject(s.fields, (f) => columnJson(this.db, Programme, 'p', objectTypeOf(s.type), f));
      }
      if (s.name === 'venue') {
        const venue = jsonObject(s.fields, (f) => columnJson(this.db, Venue, 've', objectTypeOf(s.type), f));
        return venue && `(SELECT ${venue} FROM venue ve WHERE ve.id = s.venue_id)`;
      }
      return columnJson(this.db, ProgrammeSession, 's', type, s);
    });
    if (!session) return null;
    const text = `WITH c AS (SELECT s.id FROM programme_session s JOIN programme p ON p.id = s.programme_id
      WHERE ${where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT 2000)
      SELECT coalesce(json_agg(${session} ORDER BY s.starts_at, s.id), '[]')::text AS json
      FROM c JOIN programme_session s ON s.id = c.id JOIN programme p ON p.id = s.programme_id`;
    return preparedRead(this.db, text, params);
  }
}

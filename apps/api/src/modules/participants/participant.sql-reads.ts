import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Permission } from '@lalaland/shared';
import type { RequestContext } from '../../core/context/request-context';
import { capabilitySql, positionalBind } from '../../core/access/access-policy';
import { Transactions } from '../../core/database/transaction';
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
import { PARTICIPANT_ACCESS } from './participant.access';
import { Consent, Participant } from './participant.entity';
import { ParticipantsArgs } from './participants.dto';

/*
 * The participants list as one statement, its JSON built by PostgreSQL (core/graphql/sql-read.ts, docs/adr/0019), behind
 * the same two walls as ParticipantService.list (PARTICIPANT_ACCESS and row-level security). Personal fields (each read
 * logged) and searches (a phone number is matched by its keyed hash) are left to GraphQL.
 */
@Injectable()
export class ParticipantSqlReads {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  @SqlReadOf('participants', ParticipantsArgs, [Permission.ParticipantManage, Permission.ProgrammeRead])
  async participants(ctx: RequestContext, { args, selection }: SqlReadField<ParticipantsArgs>): Promise<Buffer | null> {
    if (args.search?.trim()) return null;
    const params: unknown[] = [];
    const bind = positionalBind(params);
    const scope = { ctx, alias: 'p', bind };
    const where = PARTICIPANT_ACCESS.visible(scope) ?? 'true';
    const held = capabilitySql(PARTICIPANT_ACCESS, 'held', scope);
    const page = pageJson(selection, {
      count: `SELECT count(*) FROM participant p WHERE ${where}`,
      item: (items) => this.participantJson(items),
      order: 'v.created_at DESC, v.id',
      offset: () => bind(args.offset),
      limit: () => bind(args.limit),
    });
    if (!page) return null;
    // The count reads the organization's index only; the page, 50 entries of it in order.
    const text = `WITH v AS (SELECT p.*, ${held} AS held FROM participant p WHERE ${where}
      ORDER BY p.created_at DESC, p.id OFFSET ${bind(args.offset)} LIMIT ${bind(args.limit)})
      SELECT ${page}::text AS json FROM v`;
    return this.tx.scoped(ctx, (em) => preparedRead(em, text, params), { genericPlans: true });
  }

  /** A participant of the list (`v`, with its `held` column): the list holds the organization's own, so consents are shown. */
  private participantJson(items: SqlSelection): string | null {
    return jsonObject(items.fields, (s) => {
      if (s.name === 'heldByMe') return 'v.held';
      if (s.name !== 'consents') return columnJson(this.db, Participant, 'v', objectTypeOf(items.type), s);
      const consent = jsonObject(s.fields, (f) => columnJson(this.db, Consent, 'c', objectTypeOf(s.type), f));
      return (
        consent &&
        `(SELECT coalesce(json_agg(${consent} ORDER BY c.given_at DESC, c.id), '[]') FROM consent c WHERE c.participant_id = v.id)`
      );
    });
  }
}

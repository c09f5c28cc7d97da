import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { RequestContext, byIds } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService, diff } from '../../core/audit/audit.service';
import { Page } from '../../core/graphql/pagination';
import { Transactions } from '../../core/database/transaction';
import { FundingService } from '../funding';
import { Instructor } from './instructor.entity';
import { InstructorInput, InstructorsArgs } from './instructor.dto';

/** The stream's instructor pool (강사은행): its members see it and add to it. */
@Injectable()
export class InstructorService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly funding: FundingService,
  ) {}

  instructorById(ctx: RequestContext) {
    return ctx.loader<Instructor>('instructor.byId', async (ids) =>
      byIds(ids, await this.db.getRepository(Instructor).findBy({ id: In([...ids]) })),
    );
  }

  /** The instructor pool of a stream (its members see it), filtered by field and district. */
  async instructors(ctx: RequestContext, args: InstructorsArgs): Promise<Page<Instructor>> {
    await this.funding.access(ctx, args.streamId);
    const qb = this.db.getRepository(Instructor).createQueryBuilder('i').where('i.stream_id = :s', { s: args.streamId });
    if (args.field) qb.andWhere(':f = ANY(i.fields)', { f: args.field });
    if (args.district) qb.andWhere(':d = ANY(i.districts)', { d: args.district });
    qb.orderBy('i.name', 'ASC').offset(args.offset).limit(args.limit);
    const [items, totalCount] = await qb.getManyAndCount();
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  async createInstructor(ctx: RequestContext, input: InstructorInput): Promise<Instructor> {
    const stream = await this.funding.access(ctx, input.streamId);
    if (!stream.participates) throw new AppError('FORBIDDEN');
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const i = em.create(Instructor, {
        streamId: input.streamId,
        organizationId: org,
        name: input.name.trim(),
        fields: input.fields ?? [],
        districts: input.districts ?? [],
        bio: input.bio?.trim() || null,
        isSample: false,
      });
      await em.save(i);
      await this.audit.record(ctx, {
        action: 'instructor.create',
        entityType: 'instructor',
        entityId: i.id,
        organizationId: org,
        changes: diff(null, i, ['streamId', 'name', 'fields', 'districts']),
      });
      return i;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { BUSAN_DISTRICTS } from '@lalaland/shared';
import { AuditService, diff } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem, type FieldProblem } from '../../core/errors/app-error';
import { ProgrammeService } from '../programmes';
import { ProgrammeOffer } from './offer.entity';
import type { ProgrammeOfferInput } from './offer.dto';
import { CATALOGUE_FIELDS } from './catalogue.errors';

const FIELDS: Array<keyof ProgrammeOffer> = [
  'published',
  'applyFrom',
  'applyUntil',
  'selection',
  'feeWon',
  'minAge',
  'maxAge',
  'districts',
  'residentQuota',
  'perPersonLimit',
  'accessibility',
  'contactPhone',
  'jobTrainingSupport',
  'creditBank',
  'learningAccount',
];
const PUBLISHABLE = ['APPROVED', 'RECRUITING', 'RUNNING'];
const DISTRICT_CODES = new Set(BUSAN_DISTRICTS.map((d) => d.code));

/** The host's side of the public door: how each of its programmes is offered to citizens (audited). */
@Injectable()
export class OfferService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammeService,
  ) {}

  /** Offers by programme id, one statement per request tick (for programmes the caller already sees). */
  byProgramme(ctx: RequestContext) {
    return ctx.loader<ProgrammeOffer>('offer.byProgramme', async (ids) => {
      const rows = await this.db.getRepository(ProgrammeOffer).findBy({ programmeId: In([...ids]) });
      const map = new Map(rows.map((o) => [o.programmeId, o]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /** Saves the whole offer of a programme the caller's organization runs; publishing needs an approved programme. */
  async save(ctx: RequestContext, input: ProgrammeOfferInput): Promise<ProgrammeOffer> {
    const access = await this.programmes.access(ctx, input.programmeId);
    if (!access.runs) throw new AppError('FORBIDDEN');
    const p = access.programme;
    if (input.published && !PUBLISHABLE.includes(p.status)) throw new AppError('OFFER_NOT_PUBLISHABLE', { params: { status: p.status } });
    const districts = [...new Set(input.districts ?? [])];
    const minAge = input.minAge ?? null;
    const maxAge = input.maxAge ?? null;
    const quota = input.residentQuota ?? null;
    const problems: FieldProblem[] = [];
    if (input.applyFrom && input.applyUntil && input.applyUntil <= input.applyFrom)
      problems.push(problem('applyUntil', 'min', CATALOGUE_FIELDS.applyUntilMin));
    if (minAge !== null && maxAge !== null && maxAge < minAge) problems.push(problem('maxAge', 'min', CATALOGUE_FIELDS.maxAgeMin));
    if (districts.some((d) => !DISTRICT_CODES.has(d))) problems.push(problem('districts', 'isIn', CATALOGUE_FIELDS.districtsUnknown));
    if (quota !== null && quota > p.capacity)
      problems.push(problem('residentQuota', 'max', CATALOGUE_FIELDS.residentQuotaMax, { capacity: p.capacity }));
    if (quota !== null && !districts.length) problems.push(problem('residentQuota', 'districts', CATALOGUE_FIELDS.residentQuotaDistricts));
    if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
    return this.tx.run(ctx, async (em) => {
      const repo = em.getRepository(ProgrammeOffer);
      const before = await repo.findOne({ where: { programmeId: p.id }, lock: { mode: 'pessimistic_write' } });
      const offer = repo.create({
        ...(before ?? {}),
        programmeId: p.id,
        published: input.published,
        applyFrom: input.applyFrom ?? null,
        applyUntil: input.applyUntil ?? null,
        selection: input.selection,
        feeWon: input.feeWon,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        districts,
        residentQuota: input.residentQuota ?? null,
        perPersonLimit: input.perPersonLimit ?? null,
        accessibility: input.accessibility?.trim() || null,
        contactPhone: input.contactPhone?.trim() || null,
        jobTrainingSupport: !!input.jobTrainingSupport,
        creditBank: !!input.creditBank,
        learningAccount: !!input.learningAccount,
        updatedById: ctx.userId,
      });
      await repo.save(offer);
      await this.audit.record(ctx, {
        action: before ? 'programme_offer.update' : 'programme_offer.create',
        entityType: 'programme',
        entityId: p.id,
        organizationId: p.hostOrganizationId,
        changes: diff(before, offer, FIELDS),
      });
      return offer;
    });
  }
}

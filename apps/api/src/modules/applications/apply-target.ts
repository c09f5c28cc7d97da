import type { EntityManager } from 'typeorm';
import { applicationWindow, type SelectionMethod } from '@lalaland/shared';
import { ORGANIZATIONS } from '../organizations';
import { PROGRAMMES } from '../programmes';
import { findOffer } from '../catalogue';

/** A programme as its application form needs it: public facts only. */
export interface ApplyTarget {
  id: string;
  title: string;
  host: string;
  hostId: string;
  status: string;
  capacity: number;
  endsOn: string | null;
  selection: SelectionMethod;
  applyFrom: Date | null;
  applyUntil: Date | null;
  open: boolean;
  districts: string[];
  residentQuota: number | null;
  minAge: number | null;
  maxAge: number | null;
  startsOn: string;
  /** At most this many of the host's programmes one person may hold at once (dates overlapping), or null. */
  perPersonLimit: number | null;
  /** The host's number for questions (the offer's 문의 전화), or null. */
  contactPhone: string | null;
}

const TAKING = ['RECRUITING', 'RUNNING'];

/** The published programme behind /apply/:id, or null when there is none to apply to (unpublished, unknown). */
export async function applyTarget(em: EntityManager, programmeId: string, now = new Date()): Promise<ApplyTarget | null> {
  const offer = await findOffer(em, programmeId);
  if (!offer?.published) return null;
  const [p] = (await em.query(
    `SELECT p.id, p.title_ko AS title, o.name_ko AS host, o.id AS "hostId", p.status, p.capacity, p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn"
       FROM ${PROGRAMMES} p JOIN ${ORGANIZATIONS} o ON o.id = p.host_organization_id WHERE p.id = $1`,
    [programmeId],
  )) as Array<
    Omit<
      ApplyTarget,
      | 'selection'
      | 'applyFrom'
      | 'applyUntil'
      | 'open'
      | 'districts'
      | 'residentQuota'
      | 'minAge'
      | 'maxAge'
      | 'contactPhone'
      | 'perPersonLimit'
    >
  >;
  if (!p) return null;
  return {
    ...p,
    selection: offer.selection,
    applyFrom: offer.applyFrom,
    applyUntil: offer.applyUntil,
    open: TAKING.includes(p.status) && applicationWindow(offer, now) === 'OPEN',
    districts: offer.districts,
    residentQuota: offer.residentQuota,
    minAge: offer.minAge,
    maxAge: offer.maxAge,
    contactPhone: offer.contactPhone,
    perPersonLimit: offer.perPersonLimit,
  };
}

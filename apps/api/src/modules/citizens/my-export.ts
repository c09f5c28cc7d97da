import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  BUSAN_DISTRICTS,
  CONSENT_PURPOSE_LABELS,
  EDUCATION_DOMAIN_LABELS,
  ENROLMENT_STATUS_LABELS,
  GENDER_LABELS,
  OUTCOME_KIND_LABELS,
  PERSONAL_FIELD_LABELS,
  seoulDate,
  type Gender,
  type OutcomeKind,
} from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { ApplicantRecords, PiiCipher } from '../participants';
import { reportPdf, type ReportContent } from '../reports';
import type { Person } from './citizen-sessions';
import { MyLearningReader, type MyLearning } from './my-learning';

interface Holding {
  organization: string;
  pseudonymKey: string;
  name: string;
  phone: string | null;
  birthYear: number;
  gender: Gender | null;
  district: string | null;
}

export interface MyData extends MyLearning {
  made: string;
  holdings: Holding[];
  outcomes: Array<{ organization: string; kind: OutcomeKind; occurredOn: string; source: string }>;
}

const districtName = (code: string | null) => (code ? (BUSAN_DISTRICTS.find((d) => d.code === code)?.ko ?? code) : '');

/**
 * "See my data" (열람, PIPA 제35조) at once for what this platform holds: the person's records in every organization —
 * personal fields, courses and attendance, certificates, consents, referrals, outcomes — as a readable PDF and a
 * machine-readable JSON file. Every read is logged as the person's own, with the fields read.
 */
@Injectable()
export class MyExport {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reader: MyLearningReader,
    private readonly cipher: PiiCipher,
    private readonly records: ApplicantRecords,
  ) {}

  async gather(ctx: RequestContext, person: Person): Promise<MyData> {
    const ids = person.holdings.map((h) => h.participantId);
    const learning = await this.reader.read(ctx, person, null); // logged once below, with the fields read
    const rows = (await this.db.query(
      `SELECT o.name_ko AS organization, p.pseudonym_key AS "pseudonymKey", p.name, p.phone_encrypted AS phone, p.birth_year AS "birthYear",
              p.gender, p.district_code AS district
         FROM participant p JOIN organization o ON o.id = p.organization_id WHERE p.id = ANY($1::uuid[]) ORDER BY o.name_ko`,
      [ids],
    )) as Holding[];
    const holdings = rows.map((h) => ({ ...h, phone: h.phone ? this.cipher.decrypt(h.phone, h.pseudonymKey) : null }));
    const outcomes = (await this.db.query(
      `SELECT o.name_ko AS organization, x.kind, x.occurred_on::text AS "occurredOn", x.source FROM outcome x
         JOIN organization o ON o.id = x.organization_id WHERE x.participant_id = ANY($1::uuid[]) ORDER BY x.occurred_on DESC LIMIT 200`,
      [ids],
    )) as MyData['outcomes'];
    await this.records.logOwnReads(
      ctx,
      person.holdings,
      ['NAME', 'PHONE', 'BIRTH_YEAR', 'GENDER', 'DISTRICT'],
      '본인 열람 (내려받기)',
      'citizen:export',
    );
    return { made: new Date().toISOString(), holdings, outcomes, ...learning };
  }

  async pdf(ctx: RequestContext, person: Person): Promise<Buffer> {
    const d = await this.gather(ctx, person);
    const content: ReportContent = {
      title: '내 개인정보 열람',
      subtitle: `부산 평생학습 LA-LA LAnd · ${seoulDate(new Date()).replace(/-/g, '. ')}. 기준 · 이 누리집의 모든 기관이 가진 정보`,
      overview: d.holdings.map((h) => [
        h.organization,
        `${h.name} · ${h.phone ?? '연락처 없음'} · ${h.birthYear}년생${h.gender ? ` · ${GENDER_LABELS[h.gender].ko}` : ''}${h.district ? ` · ${districtName(h.district)}` : ''} (참여자 번호 ${h.pseudonymKey})`,
      ]),
      tables: [
        {
          title: '수강',
          header: ['강좌', '운영 기관', '상태', '출석', '시간', '수료증'],
          rows: d.enrolments.map((e) => [
            e.title,
            e.host,
            ENROLMENT_STATUS_LABELS[e.status]?.ko ?? e.status,
            `${e.attended}/${e.sessions}`,
            e.hours,
            e.certificateCode ?? '',
          ]),
        },
        {
          title: '학습 시간',
          header: ['연도', '분야', '시간'],
          rows: d.hours.map((h) => [h.year, EDUCATION_DOMAIN_LABELS[h.domain]?.ko ?? h.domain, h.hours]),
        },
        {
          title: '동의',
          header: ['목적', '기관', '받는 기관', '항목', '보관 기한', '철회'],
          rows: d.consents.map((c) => [
            CONSENT_PURPOSE_LABELS[c.purpose]?.ko ?? c.purpose,
            c.holder,
            c.recipient ?? '',
            c.items.map((i) => PERSONAL_FIELD_LABELS[i]?.ko ?? i).join(', '),
            c.retentionUntil,
            c.withdrawnAt ? seoulDate(c.withdrawnAt) : '',
          ]),
        },
        {
          title: '기관 사이 연계',
          header: ['보낸 기관', '받은 기관', '상태', '전달 항목'],
          rows: d.referrals.map((r) => [r.from, r.to, r.status, r.items.map((i) => PERSONAL_FIELD_LABELS[i]?.ko ?? i).join(', ')]),
        },
        {
          title: '성과',
          header: ['기관', '종류', '날짜'],
          rows: d.outcomes.map((o) => [o.organization, OUTCOME_KIND_LABELS[o.kind]?.ko ?? o.kind, o.occurredOn]),
        },
      ],
      narrative:
        '상담 기록 등 이 문서에 없는 정보와 종이 서류는 "개인정보 요구"에서 열람을 요구하시면 각 기관이 10일 안에 답합니다. 틀린 내용은 정정을, 더 필요 없는 정보는 삭제를 요구할 수 있습니다.',
    };
    return reportPdf(content);
  }

  /** The learning history (학습 이력): courses with hours and certificates, by year and domain, for 평생학습계좌제 or an employer. */
  async history(ctx: RequestContext, person: Person): Promise<Buffer> {
    const m = await this.reader.read(ctx, person, 'citizen:history');
    const [name] = (await this.db.query('SELECT name FROM participant WHERE id = ANY($1::uuid[]) ORDER BY created_at DESC LIMIT 1', [
      person.holdings.map((h) => h.participantId),
    ])) as Array<{ name: string }>;
    const done = m.enrolments.filter((e) => e.hours > 0 || e.certificateCode);
    return reportPdf({
      title: '학습 이력서',
      subtitle: `${name?.name ?? ''} · 부산 평생학습 LA-LA LAnd · ${seoulDate(new Date()).replace(/-/g, '. ')}. 발급`,
      overview: [['학습 시간 합계', `${Math.round(m.hours.reduce((s, h) => s + h.hours, 0) * 10) / 10}시간`]],
      tables: [
        {
          title: '연도·분야별 학습 시간',
          header: ['연도', '분야', '시간'],
          rows: m.hours.map((h) => [h.year, EDUCATION_DOMAIN_LABELS[h.domain]?.ko ?? h.domain, h.hours]),
        },
        {
          title: '이수한 강좌',
          header: ['강좌', '운영 기관', '출석', '시간', '수료증 확인 코드'],
          rows: done.map((e) => [e.title, e.host, `${e.attended}/${e.sessions}`, e.hours, e.certificateCode ?? '']),
        },
      ],
      narrative: '수료증은 확인 코드로 누구나 진위를 확인할 수 있습니다 (/verify/확인 코드).',
    });
  }

  /** One of the person's certificates as a printable PDF, or null when the code is not theirs. */
  async certificate(ctx: RequestContext, person: Person, code: string, origin: string): Promise<Buffer | null> {
    if (!/^[A-Z0-9]{4,16}$/.test(code) || !person.holdings.length) return null;
    const [c] = (await this.db.query(
      `SELECT c.code, c.holder_name AS "holderName", c.programme_title AS "programmeTitle", c.issuer_name AS "issuerName",
              c.hours::float AS hours, c.issued_on::text AS "issuedOn"
         FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id WHERE c.code = $1 AND e.participant_id = ANY($2::uuid[])`,
      [code, person.holdings.map((h) => h.participantId)],
    )) as Array<{ code: string; holderName: string; programmeTitle: string; issuerName: string; hours: number; issuedOn: string }>;
    if (!c) return null;
    await this.reader.logOwnAccess(ctx, person, 'citizen:certificate');
    return reportPdf({
      title: '수료증',
      subtitle: 'Certificate of Completion',
      overview: [
        ['성명', c.holderName],
        ['과정', c.programmeTitle],
        ['이수 시간', `${c.hours}시간`],
        ['발급 기관', c.issuerName],
        ['발급일', c.issuedOn.replace(/-/g, '. ') + '.'],
        ['확인 코드', c.code],
        ['진위 확인', `${origin}/verify/${c.code}`],
      ],
      tables: [],
      narrative: '위 사람은 위 과정을 이수하였으므로 이 증서를 드립니다.',
    });
  }
}

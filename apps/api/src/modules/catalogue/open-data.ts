import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CATALOGUE_STATUSES,
  SELECTION_METHOD_LABELS,
  csvField,
  seoulClock,
  seoulDate,
  type ProgrammeFormat,
  type SelectionMethod,
} from '@lalaland/shared';

/** The national standard course data's 27 columns (전국평생학습강좌표준데이터), in its order. */
export const STANDARD_COLUMNS = [
  '강좌명',
  '강사명',
  '교육시작일자',
  '교육종료일자',
  '교육시작시각',
  '교육종료시각',
  '강좌내용',
  '교육대상구분',
  '교육방법구분',
  '운영요일',
  '교육장소',
  '강좌정원수',
  '수강료',
  '교육장도로명주소',
  '운영기관명',
  '운영기관전화번호',
  '접수시작일자',
  '접수종료일자',
  '접수방법구분',
  '선정방법구분',
  '홈페이지주소',
  '직업능력개발훈련비지원강좌여부',
  '학점은행제평가(학점)인정여부',
  '평생학습계좌제평가인정여부',
  '데이터기준일자',
  '제공기관코드',
  '제공기관명',
] as const;
export type StandardRow = Record<(typeof STANDARD_COLUMNS)[number], string>;

/** The provider of the data set: the consortium's lead, Busan Metropolitan City (its institution code). */
const PROVIDER = { code: '6260000', name: '부산광역시' };
const METHODS: Record<ProgrammeFormat, string> = { OFFLINE: '오프라인', ONLINE: '온라인', BLENDED: '온·오프라인 혼합' };
const WEEKDAYS = ['', '월', '화', '수', '목', '금', '토', '일'];

interface Raw {
  id: string;
  title: string;
  description: string | null;
  startsOn: string;
  endsOn: string | null;
  format: ProgrammeFormat;
  capacity: number;
  ageBands: string[];
  minAge: number | null;
  host: string;
  contactPhone: string | null;
  applyFrom: Date | null;
  applyUntil: Date | null;
  selection: SelectionMethod;
  feeWon: number;
  jobTrainingSupport: boolean;
  creditBank: boolean;
  learningAccount: boolean;
  instructor: string | null;
  firstStart: Date | null;
  firstEnd: Date | null;
  lastEnd: Date | null;
  venue: string | null;
  address: string | null;
  weekdays: number[];
}

/** Who a course is for, in the standard's words: from the age the host set, else its age bands. */
function audience(r: Raw): string {
  const bands = new Set(r.ageBands);
  if ((r.minAge ?? 0) >= 65 || (bands.size === 1 && bands.has('AGE_65_PLUS'))) return '노인';
  if (bands.size && [...bands].every((b) => b === 'AGE_UNDER_20')) return '청소년';
  return '성인';
}

/**
 * The catalogue as open data: every listed programme not yet over, one row of the national standard's 27 columns each,
 * for the public data portal and other apps to harvest (CSV, JSON, or paged JSON/XML like the portal's own APIs).
 */
@Injectable()
export class OpenDataService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async rows(origin: string, page?: { offset: number; limit: number }): Promise<{ rows: StandardRow[]; total: number }> {
    const today = seoulDate();
    const where = `FROM programme_offer f JOIN programme p ON p.id = f.programme_id JOIN organization o ON o.id = p.host_organization_id
      WHERE f.published AND p.status = ANY($1::programme_status[]) AND (p.ends_on IS NULL OR p.ends_on >= $2::date)`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${where}`, [[...CATALOGUE_STATUSES], today])) as [
      { total: number },
    ];
    const raw = (await this.db.query(
      `SELECT p.id, p.title_ko AS title, p.description, p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn", p.format, p.capacity,
              p.age_bands::text[] AS "ageBands", f.min_age AS "minAge", o.name_ko AS host, f.contact_phone AS "contactPhone",
              f.apply_from AS "applyFrom", f.apply_until AS "applyUntil", f.selection, f.fee_won AS "feeWon",
              f.job_training_support AS "jobTrainingSupport", f.credit_bank AS "creditBank", f.learning_account AS "learningAccount",
              (SELECT i.name FROM programme_session s JOIN instructor i ON i.id = s.instructor_id
                WHERE s.programme_id = p.id AND s.cancelled_at IS NULL ORDER BY s.starts_at LIMIT 1) AS instructor,
              (SELECT max(s.ends_at) FROM programme_session s WHERE s.programme_id = p.id AND s.cancelled_at IS NULL) AS "lastEnd",
              first.starts_at AS "firstStart", first.ends_at AS "firstEnd", first.venue, first.address,
              ARRAY(SELECT DISTINCT extract(isodow FROM s.starts_at AT TIME ZONE 'Asia/Seoul')::int FROM programme_session s
                     WHERE s.programme_id = p.id AND s.cancelled_at IS NULL ORDER BY 1) AS weekdays
         ${where.replace(
           'WHERE',
           `LEFT JOIN LATERAL (SELECT s.starts_at, s.ends_at, v.name AS venue, v.address FROM programme_session s
              LEFT JOIN venue v ON v.id = s.venue_id WHERE s.programme_id = p.id AND s.cancelled_at IS NULL ORDER BY s.starts_at LIMIT 1) first ON true WHERE`,
         )}
        ORDER BY p.starts_on, p.id ${page ? `LIMIT ${page.limit} OFFSET ${page.offset}` : 'LIMIT 10000'}`,
      [[...CATALOGUE_STATUSES], today],
    )) as Raw[];
    const yn = (b: boolean) => (b ? 'Y' : 'N');
    return {
      total,
      rows: raw.map((r) => ({
        강좌명: r.title,
        강사명: r.instructor ?? '',
        교육시작일자: r.startsOn,
        교육종료일자: r.endsOn ?? (r.lastEnd ? seoulDate(r.lastEnd) : ''),
        교육시작시각: r.firstStart ? seoulClock(r.firstStart) : '',
        교육종료시각: r.firstEnd ? seoulClock(r.firstEnd) : '',
        강좌내용: r.description ?? '',
        교육대상구분: audience(r),
        교육방법구분: METHODS[r.format],
        운영요일: r.weekdays.map((d) => WEEKDAYS[d]).join('+'),
        교육장소: r.format === 'ONLINE' ? '온라인' : (r.venue ?? ''),
        강좌정원수: String(r.capacity),
        수강료: String(r.feeWon),
        교육장도로명주소: r.address ?? '',
        운영기관명: r.host,
        운영기관전화번호: r.contactPhone ?? '',
        접수시작일자: r.applyFrom ? seoulDate(r.applyFrom) : '',
        접수종료일자: r.applyUntil ? seoulDate(r.applyUntil) : '',
        접수방법구분: '인터넷',
        선정방법구분: SELECTION_METHOD_LABELS[r.selection].ko,
        홈페이지주소: `${origin}/catalogue/${r.id}`,
        직업능력개발훈련비지원강좌여부: yn(r.jobTrainingSupport),
        '학점은행제평가(학점)인정여부': yn(r.creditBank),
        평생학습계좌제평가인정여부: yn(r.learningAccount),
        데이터기준일자: today,
        제공기관코드: PROVIDER.code,
        제공기관명: PROVIDER.name,
      })),
    };
  }

  /** The whole data set as CSV (UTF-8 with a byte-order mark, so spreadsheets read the Korean). */
  csv(rows: StandardRow[]): string {
    const line = (values: readonly string[]) => values.map((v) => csvField(v)).join(',');
    return '\uFEFF' + [line(STANDARD_COLUMNS), ...rows.map((r) => line(STANDARD_COLUMNS.map((c) => r[c])))].join('\r\n') + '\r\n';
  }

  /** One page as the public data portal's APIs answer it, in XML. */
  xml(rows: StandardRow[], pageNo: number, numOfRows: number, total: number): string {
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
    const item = (r: StandardRow) =>
      `<item>${STANDARD_COLUMNS.map((c, i) => `<col${i + 1} name="${esc(c)}">${esc(r[c])}</col${i + 1}>`).join('')}</item>`;
    return `<?xml version="1.0" encoding="UTF-8"?><response><header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header><body><items>${rows
      .map(item)
      .join('')}</items><numOfRows>${numOfRows}</numOfRows><pageNo>${pageNo}</pageNo><totalCount>${total}</totalCount></body></response>`;
  }
}

import { PERSONAL_DATA_PURPOSES, type PersonalDataPurpose } from '@lalaland/shared';
import type { AppConfig } from '../../core/config';
import type { PersonalDataColumn } from '../../core/module';

/** Column names that look like personal data: each such column is described by its module or listed below. */
export const LOOKS_PERSONAL =
  /(^|_)(name|names|phone|email|birth|gender|address|note|notes|body|evidence|ip|user_agent|holder|reason|comment|answer|answers|narrative|text|message|district|contact|description|detail)(_|$)/;

/** Columns that match LOOKS_PERSONAL and hold no one's personal data, with why (organizations, programmes, money, figures). */
export const NOT_PERSONAL: Readonly<Record<string, string>> = {
  'access_review.note': "the officer's findings about the log (no citizen's data)",
  'activity.description': 'what an activity is',
  'announcement.body': 'a notice to partner organizations',
  'api_key.name': "a machine key's purpose",
  'application.reason': 'why an application was refused (system words)',
  'budget_line.note': 'a budget note',
  'certificate.issuer_name': 'the issuing organization',
  'document.name': 'a file name',
  'expenditure.description': 'an expense',
  'expenditure.evidence_ref': "a receipt's reference",
  'expenditure.reject_reason': "an approver's reason about money",
  'funding_category.name_en': 'a funding category',
  'funding_category.name_ko': 'a funding category',
  'funding_programme.name_en': 'a funding programme',
  'funding_programme.name_ko': 'a funding programme',
  'funding_stream.name_en': 'a funding stream',
  'funding_stream.name_ko': 'a funding stream',
  'initiative.name_en': 'an initiative',
  'initiative.name_ko': 'an initiative',
  'invitation.email_token_hash': "an invitation link's hash",
  'kpi_cell.district_code': 'aggregated figures (no person)',
  'kpi_cell.gender': 'aggregated figures (no person)',
  'kpi_person.district_code': 'roll-up keyed by the pseudonymous record (district only, destroyed records included by design)',
  'kpi_person.gender': 'roll-up keyed by the pseudonymous record',
  'kpi_recount.district_code': 'aggregated figures (no person)',
  'kpi_recount.gender': 'aggregated figures (no person)',
  'meeting_decision.text': 'a council decision',
  'mentor_group.name': "a mentor group's name",
  'migrations.name': 'schema history',
  'notification_preference.email': 'an e-mail channel choice (immediate, digest, off)',
  'opening.description': 'a job or internship offer',
  'organization.address': "an organization's address",
  'organization.contact_email': "an organization's public contact",
  'organization.contact_phone': "an organization's public contact",
  'organization.name_en': 'an organization',
  'organization.name_ko': 'an organization',
  'organization_name.name_en': "an organization's former name",
  'organization_name.name_ko': "an organization's former name",
  'outcome.certificate_name': 'the name of a qualification (e.g. 컴퓨터활용능력)',
  'personal_data_policy.bulk_reason_threshold': 'a number',
  'privacy_officer.contact': "the officer's office contact (a department's line or mailbox), published on purpose",
  'programme.description': 'a course description',
  'programme.status_comment': "an approver's comment on a programme",
  'programme_offer.contact_phone': "a course's public contact",
  'referral.reason': 'a reason code (employment, learning …)',
  'report_run.narrative': "a report's text about the year",
  'stream_closing.note': 'a note about closing a year',
  'stream_correction.reason': 'why a closed year was corrected',
  'stream_field.name_en': 'a field of learning',
  'stream_field.name_ko': 'a field of learning',
  'stream_settlement.reason': 'why money was returned',
  'survey_response.comment': 'an anonymous answer (no link to a person)',
  'task.description': 'a task between organizations',
  'venue.address': "a venue's address",
  'venue.name': "a venue's name",
  'venue_release.reason': 'why a room booking was released',
};

export interface PolicyContent {
  purposes: Array<{
    purpose: PersonalDataPurpose;
    title: { ko: string; en: string };
    retention: { ko: string; en: string };
    basis: { ko: string; en: string };
    items: Array<{ ko: string; en: string }>;
  }>;
  processors: Array<{ ko: string; en: string; task: { ko: string; en: string } }>;
}

/** What the policy says, from the modules' declarations and the configured processors: versioned when it changes. */
export function policyContent(columns: readonly PersonalDataColumn[], config: AppConfig): PolicyContent {
  const purposes = (Object.keys(PERSONAL_DATA_PURPOSES) as PersonalDataPurpose[])
    .map((purpose) => {
      const p = PERSONAL_DATA_PURPOSES[purpose];
      const seen = new Set<string>();
      const items = columns
        .filter((c) => c.purpose === purpose && !seen.has(c.item.ko) && seen.add(c.item.ko))
        .map((c) => ({ ko: c.item.ko, en: c.item.en }));
      return {
        purpose,
        title: { ko: p.ko, en: p.en },
        retention: { ko: p.retentionKo, en: p.retentionEn },
        basis: { ko: p.basisKo, en: p.basisEn },
        items,
      };
    })
    .filter((p) => p.items.length);
  const processors: PolicyContent['processors'] = [];
  if (config.sms)
    processors.push({
      ko: '(주)솔라피',
      en: 'SOLAPI Co., Ltd.',
      task: { ko: '문자·카카오 알림톡 발송', en: 'Texts and KakaoTalk notices' },
    });
  if (config.smtpUrl)
    processors.push({
      ko: '이메일 발송 서버 운영자',
      en: 'The e-mail server operator',
      task: { ko: '담당자 알림 이메일 발송', en: 'E-mail to partner staff' },
    });
  if (config.s3)
    processors.push({
      ko: 'S3 호환 저장소 운영자',
      en: 'The S3-compatible storage operator',
      task: { ko: '첨부 문서 보관', en: 'Keeping attached documents' },
    });
  return { purposes, processors };
}

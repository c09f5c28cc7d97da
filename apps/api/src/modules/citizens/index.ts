import type { ApiModule } from '../../core/module';
import { CitizensModule } from './citizens.module';
import { SessionSelfCheckInResolver } from './check-in.resolver';
import { PrivacyRequestsResolver } from './privacy-requests.resolver';
import { CITIZENS_ERRORS } from './citizens.errors';
import { MIGRATIONS } from './migrations';

/**
 * The citizen's own space: signed in by a code texted to their phone, what every organization holds of them (courses,
 * attendance, certificates, hours, consents, referrals), self check-in by a session's QR code, and their requests under
 * PIPA answered by each holding organization. A read model over the modules before it; their writes go through them.
 */
export const citizens: ApiModule = {
  name: 'citizens',
  readModel: true,
  reads: [
    'application',
    'attendance',
    'certificate',
    'consent',
    'enrolment',
    'follow_up',
    'mentor',
    'mentor_assignment',
    'organization',
    'outcome',
    'participant',
    'programme',
    'programme_session',
    'referral',
    'venue',
  ],
  personalData: [
    {
      column: 'citizen_sign_in.phone_hash',
      item: {
        ko: '로그인 인증 중인 휴대전화 확인값 (하루 뒤 삭제)',
        en: 'Phone check value of a sign-in in progress (deleted after a day)',
      },
      purpose: 'SECURITY_LOG',
    },
    {
      column: 'citizen_sign_in.phone_encrypted',
      item: {
        ko: '로그인 인증번호를 보낼 휴대전화 (암호화, 하루 뒤 삭제)',
        en: 'Phone a sign-in code goes to (encrypted, deleted after a day)',
      },
      purpose: 'SECURITY_LOG',
    },
    {
      column: 'citizen_session.phone_hash',
      item: { ko: '내 학습 로그인 세션의 휴대전화 확인값', en: "Phone check value of a citizen's session" },
      purpose: 'SECURITY_LOG',
    },
    {
      column: 'privacy_request_answer.answer',
      item: { ko: '기관의 답변 내용', en: "The organizations' answers" },
      purpose: 'RIGHTS_REQUESTS',
    },
    {
      column: 'privacy_request.detail',
      item: { ko: '개인정보 열람·정정·삭제·처리정지 요구 내용', en: 'What a privacy request asks' },
      purpose: 'RIGHTS_REQUESTS',
    },
  ],
  nest: CitizensModule,
  entities: [],
  resolvers: [SessionSelfCheckInResolver, PrivacyRequestsResolver],
  errors: CITIZENS_ERRORS,
  migrations: MIGRATIONS,
  quietTables: ['citizen_sign_in', 'citizen_session'],
};

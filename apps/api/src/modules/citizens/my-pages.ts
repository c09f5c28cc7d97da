import {
  CONSENT_PURPOSE_LABELS,
  EDUCATION_DOMAIN_LABELS,
  ENROLMENT_STATUS_LABELS,
  PERSONAL_FIELD_LABELS,
  REFERRAL_STATUS_LABELS,
  seoulClock,
  type PersonalField,
} from '@lalaland/shared';
import { esc, koreanDate, layout } from '../catalogue';
import type { MyConsent, MyEnrolment, MyLearning } from './my-learning';

/** The citizen's own space as HTML: no script, 44 px targets, plain Korean; every form carries the session's token. */
export const MY_CSS = `<style>.field{margin:0 0 16px}.hint{color:#464c53;font-size:16px;margin:4px 0 0}section{margin:0 0 24px}
.card p{margin:4px 0}.card form{margin:8px 0 0}button.secondary{background:#fff;color:#bd2c0f;border-color:#bd2c0f}a.button{display:flex;justify-content:center;background:#0b50d0;color:#fff;font-weight:700;border-radius:6px;text-decoration:none;min-height:48px}
.status{font-weight:700}.notice{background:#fff;border:2px solid #0b50d0;border-radius:8px;padding:16px}.warn{border-color:#bd2c0f}textarea{font:inherit;width:100%;min-height:120px;padding:8px 12px;border:1px solid #6d7882;border-radius:6px}
fieldset{border:1px solid #cdd1d5;border-radius:8px;background:#fff;padding:16px;margin:0 0 16px}legend{font-weight:700;padding:0 4px}.links{display:flex;flex-wrap:wrap;gap:0 16px}</style>`;

export const myPage = (title: string, origin: string, path: string, body: string) =>
  layout({ title: `${title} — 부산 평생학습`, description: title, url: `${origin}${path}`, body: `${MY_CSS}${body}`, personal: true });

export const hidden = (token: string) => `<input type="hidden" name="t" value="${esc(token)}">`;
export const when = (d: Date) => `${koreanDate(d)} ${seoulClock(d)}`;
const items = (fields: readonly PersonalField[]) => fields.map((f) => PERSONAL_FIELD_LABELS[f]?.ko ?? f).join(', ') || '없음';

export function signInPage(origin: string, next: string, error?: string, phone = ''): string {
  return myPage(
    '내 학습 로그인',
    origin,
    '/my/sign-in',
    `<h1>내 학습</h1><p>신청한 강좌, 출석, 수료증, 동의 내역을 봅니다. 비밀번호 없이, 휴대전화로 받은 인증번호로 들어갑니다.</p>
<form method="post" action="/my/sign-in" novalidate><input type="hidden" name="next" value="${esc(next)}">
<div class="field"><label for="phone">휴대전화 번호</label><input id="phone" name="phone" type="tel" inputmode="numeric" autocomplete="tel" maxlength="13" placeholder="010-1234-5678" value="${esc(phone)}" aria-describedby="phone-hint${error ? ' phone-error' : ''}"${error ? ' aria-invalid="true"' : ''}>
<p id="phone-hint" class="hint">강좌를 신청할 때 적은 번호를 넣어 주세요.</p>${error ? `<p id="phone-error" class="error">${esc(error)}</p>` : ''}</div>
<button type="submit">인증번호 받기</button></form>`,
  );
}

export function codePage(origin: string, signInId: string, error?: string): string {
  return myPage(
    '인증번호 입력',
    origin,
    '/my/sign-in',
    `<h1>인증번호 입력</h1><p class="notice">등록된 번호라면 1분 안에 6자리 인증번호가 문자로 갑니다. 문자가 오지 않으면 번호를 확인하거나 강좌를 운영하는 기관에 문의해 주세요.</p>
<form method="post" action="/my/sign-in/confirm" novalidate><input type="hidden" name="id" value="${esc(signInId)}">
<div class="field"><label for="code">인증번호 (6자리)</label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6"${error ? ' aria-invalid="true" aria-describedby="code-error"' : ''}>${error ? `<p id="code-error" class="error">${esc(error)}</p>` : ''}</div>
<button type="submit">확인</button></form><p><a href="/my/sign-in">인증번호 다시 받기</a></p>`,
  );
}

/** The enrolment's state in the learner's words (the staff's labels are the roster's). */
const CITIZEN_STATUS: Record<string, string> = {
  APPLIED: '신청 접수',
  ENROLLED: '수강 확정',
  WAITLISTED: '대기',
  COMPLETED: '수료',
  NOT_COMPLETED: '미수료',
  DROPPED: '취소함',
};

function enrolmentCard(e: MyEnrolment): string {
  const status =
    e.status === 'WAITLISTED' && e.waitlistPosition
      ? `대기 ${e.waitlistPosition}번`
      : (CITIZEN_STATUS[e.status] ?? ENROLMENT_STATUS_LABELS[e.status]?.ko ?? e.status);
  const open = ['ENROLLED', 'WAITLISTED', 'APPLIED'].includes(e.status);
  return `<li class="card"><h3>${esc(e.title)}</h3><p class="meta">${esc(e.host)}${e.applicationNumber ? ` · 접수번호 ${e.applicationNumber}` : ''}</p>
<p class="status">${esc(status)}</p>${e.nextSession ? `<p>다음 수업: ${esc(when(e.nextSession))}${e.place ? `, ${esc(e.place)}` : ''}</p>` : ''}
<p>출석 ${e.attended} / ${e.sessions}회 · ${e.hours}시간</p>
${e.certificateCode ? `<p><a href="/my/certificates/${esc(e.certificateCode)}.pdf">수료증 내려받기 (PDF, 인쇄용)</a></p>` : ''}
${open ? `<p><a href="/my/enrolments/${esc(e.id)}/cancel">${e.status === 'ENROLLED' ? '수강 취소' : '신청 취소'}</a></p>` : ''}</li>`.replace(
    /\n/g,
    '',
  );
}

const PURPOSE_EFFECT: Record<string, string> = {
  PROGRAMME_OPERATION:
    '철회하면 이 기관은 더 이상 이름과 연락처를 볼 수 없고, 수업 안내 문자도 받지 못합니다. 진행 중인 수강은 먼저 취소해 주세요.',
  FOLLOW_UP_CONTACT: '철회하면 수료 뒤 취업·진학 여부를 묻는 연락을 더 받지 않습니다.',
  THIRD_PARTY_SHARING: '철회하면 받은 기관이 더 이상 내 정보를 볼 수 없습니다.',
};
export const consentEffect = (c: MyConsent) => PURPOSE_EFFECT[c.purpose] ?? '철회하면 이 목적으로 더 이상 내 정보를 쓰지 않습니다.';

function consentCard(c: MyConsent): string {
  const purpose = CONSENT_PURPOSE_LABELS[c.purpose]?.ko ?? c.purpose;
  return `<li class="card"><h3>${esc(purpose)}</h3><p class="meta">${esc(c.holder)}${c.recipient ? ` → ${esc(c.recipient)}` : ''}</p>
<p>항목: ${esc(items(c.items))} · ${esc(koreanDate(c.retentionUntil))}까지 보관</p>
${c.withdrawnAt ? `<p class="status">${esc(koreanDate(c.withdrawnAt))} 철회함</p>` : `<p><a href="/my/consents/${esc(c.id)}/withdraw">동의 철회</a></p>`}</li>`;
}

export function homePage(origin: string, m: MyLearning, token: string, notice?: string): string {
  const open = m.enrolments.filter((e) => ['ENROLLED', 'WAITLISTED', 'APPLIED'].includes(e.status));
  const past = m.enrolments.filter((e) => !open.includes(e));
  const list = (rows: MyEnrolment[], empty: string) =>
    rows.length ? `<ul class="cards">${rows.map(enrolmentCard).join('')}</ul>` : `<p>${empty}</p>`;
  const hours = m.hours.length
    ? `<table><caption class="hint">연도·분야별 학습 시간</caption><thead><tr><th scope="col">연도</th><th scope="col">분야</th><th scope="col">시간</th></tr></thead><tbody>${m.hours
        .map((h) => `<tr><td>${h.year}년</td><td>${esc(EDUCATION_DOMAIN_LABELS[h.domain]?.ko ?? h.domain)}</td><td>${h.hours}</td></tr>`)
        .join('')}</tbody></table><p><a href="/my/history.pdf">학습 이력서 내려받기 (PDF, 평생학습계좌제·취업용)</a></p>`
    : '<p>아직 기록된 학습 시간이 없습니다.</p>';
  const body = `<h1>내 학습</h1>${notice ? `<p class="notice" role="status">${esc(notice)}</p>` : ''}
<nav class="links" aria-label="내 학습 메뉴"><a href="#courses">수강</a><a href="#hours">학습 시간</a><a href="#consents">동의</a><a href="/my/requests">개인정보 요구</a></nav>
<section id="courses"><h2>신청·수강 중인 강좌</h2>${list(open, '지금 신청하거나 수강 중인 강좌가 없습니다. <a href="/catalogue">강좌 찾기</a>')}
${m.pending.length ? `<h3>선정을 기다리는 신청</h3><ul class="cards">${m.pending.map((p) => `<li class="card"><p>${esc(p.title)} · ${esc(p.host)} · 접수번호 ${p.number}</p></li>`).join('')}</ul>` : ''}</section>
<section><h2>지난 강좌</h2>${list(past, '지난 강좌가 없습니다.')}</section>
<section id="hours"><h2>학습 시간</h2>${hours}</section>
${
  m.mentorHours.length
    ? `<section><h2>멘토 활동 시간</h2><table><thead><tr><th scope="col">연도</th><th scope="col">기록</th><th scope="col">인정</th></tr></thead><tbody>${m.mentorHours
        .map((h) => `<tr><td>${h.year}년</td><td>${h.logged}시간</td><td>${h.verified}시간</td></tr>`)
        .join('')}</tbody></table><p class="hint">수업에서 QR 코드를 찍으면 기록되고, 주관 기관이 확인하면 인정됩니다.</p></section>`
    : ''
}
<section id="consents"><h2>내 정보 이용 동의</h2>${m.consents.length ? `<ul class="cards">${m.consents.map(consentCard).join('')}</ul>` : '<p>동의 내역이 없습니다.</p>'}</section>
${m.referrals.length ? `<section><h2>기관 사이 연계</h2><ul class="cards">${m.referrals.map((r) => `<li class="card"><p>${esc(r.from)} → ${esc(r.to)} (${esc(REFERRAL_STATUS_LABELS[r.status as keyof typeof REFERRAL_STATUS_LABELS]?.ko ?? r.status)})</p><p class="meta">전달된 정보: ${esc(items(r.items))} · ${esc(koreanDate(r.sentAt))}</p></li>`).join('')}</ul></section>` : ''}
<p><a href="/my/phone">휴대전화 번호 바꾸기</a></p><form method="post" action="/my/sign-out">${hidden(token)}<button type="submit" class="secondary">로그아웃</button></form>`;
  return myPage('내 학습', origin, '/my', body);
}

/** A confirmation before what cannot be undone: what happens, then one button (and a way back). */
export function confirmPage(origin: string, path: string, title: string, what: string, button: string, token: string): string {
  return myPage(
    title,
    origin,
    path,
    `<h1>${esc(title)}</h1><p class="notice warn">${esc(what)}</p><form method="post" action="${esc(path)}">${hidden(token)}<button type="submit" class="secondary">${esc(button)}</button></form><p><a href="/my">취소하고 돌아가기</a></p>`,
  );
}

export function messagePage(origin: string, title: string, text: string, status?: string): string {
  return myPage(
    title,
    origin,
    '/my',
    `<h1>${esc(title)}</h1><p class="notice${status ? '' : ' warn'}">${esc(text)}</p><p><a href="/my">내 학습으로</a></p>`,
  );
}

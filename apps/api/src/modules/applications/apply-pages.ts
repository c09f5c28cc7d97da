import { BUSAN_DISTRICTS, SELECTION_METHOD_LABELS, seoulClock } from '@lalaland/shared';
import { esc, koreanDate, layout } from '../catalogue';
import type { ApplyTarget } from './apply-target';
import { districtName, type ApplyInput, type FormErrors } from './apply-form';
import type { ApplicationView } from './apply.service';
import { statusSentence } from './status-sentence';

/** The application pages: server-rendered forms that work without script, large targets, errors beside their fields. */
const CSS = `<style>.hp{display:none}fieldset{border:1px solid #cdd1d5;border-radius:8px;background:#fff;padding:16px;margin:0 0 16px}
legend{font-weight:700;padding:0 4px}.field{margin:0 0 16px}.hint{color:#464c53;font-size:16px;margin:4px 0 0}.notice{background:#fff;border:1px solid #cdd1d5;border-radius:8px;padding:16px;font-size:16px}
.notice dt{font-weight:700}.notice dd{margin:0 0 8px}.status{font-size:22px;font-weight:700;background:#fff;border:2px solid #0b50d0;border-radius:8px;padding:16px}
button.secondary{background:#fff;color:#bd2c0f;border-color:#bd2c0f}code{word-break:break-all;font-size:15px}</style>`;

const page = (title: string, origin: string, path: string, body: string) =>
  layout({ title: `${title} — 부산 평생학습`, description: title, url: `${origin}${path}`, body: `${CSS}${body}` });

const err = (id: string, e?: string) => (e ? `<p id="${id}-error" class="error">${esc(e)}</p>` : '');
const invalid = (id: string, e?: string) => (e ? ` aria-invalid="true" aria-describedby="${id}-error"` : '');
const window = (t: ApplyTarget) =>
  `${t.applyFrom ? `${koreanDate(t.applyFrom)} ${seoulClock(t.applyFrom)}` : '지금'} ~ ${t.applyUntil ? `${koreanDate(t.applyUntil)} ${seoulClock(t.applyUntil)}` : '정원이 찰 때까지'}`;

function districtField(t: ApplyTarget, f: ApplyInput | null, e: FormErrors): string {
  const required = t.districts.length > 0 && !t.residentQuota;
  const options = (required ? BUSAN_DISTRICTS.filter((d) => t.districts.includes(d.code)) : BUSAN_DISTRICTS)
    .map((d) => `<option value="${d.code}"${f?.district === d.code ? ' selected' : ''}>${esc(d.ko)}</option>`)
    .join('');
  const hint = required
    ? `${t.districts.map(districtName).join(', ')}에 살거나 일하는 분이 신청할 수 있습니다.`
    : t.residentQuota
      ? `${t.districts.map(districtName).join(', ')} 주민·직장인에게 ${t.residentQuota}자리를 먼저 드립니다.`
      : '적지 않아도 됩니다.';
  return `<div class="field"><label for="district">사는 곳 또는 일하는 곳${required ? '' : ' (선택)'}</label>
<select id="district" name="district"${invalid('district', e.district)} aria-describedby="district-hint"><option value="">고르세요</option>${options}</select>
<p id="district-hint" class="hint">${esc(hint)}</p>${err('district', e.district)}</div>`;
}

/** Step 1: the form, with the collection notice of PIPA §15 written out. */
export function formPage(t: ApplyTarget, origin: string, f: ApplyInput | null, e: FormErrors, drawHash: string | null): string {
  const v = (k: keyof ApplyInput) => esc(f ? f[k] : '');
  const body = `<p><a href="/catalogue/${esc(t.id)}">← 강좌 안내로 돌아가기</a></p><h1>${esc(t.title)} 신청</h1>
<p>${esc(t.host)} · 신청 기간 ${window(t)} · 선정: ${esc(SELECTION_METHOD_LABELS[t.selection].ko)}</p>
${Object.keys(e).length ? `<p class="error" role="alert">고칠 곳이 ${Object.keys(e).length}군데 있습니다. 아래에서 확인해 주세요.</p>` : ''}
<form method="post" action="/apply/${esc(t.id)}" novalidate><fieldset><legend>신청하는 분</legend>
<div class="field"><label for="name">이름</label><input id="name" name="name" autocomplete="name" maxlength="50" value="${v('name')}"${invalid('name', e.name)}>${err('name', e.name)}</div>
<div class="field"><label for="phone">휴대전화 번호</label><input id="phone" name="phone" type="tel" inputmode="numeric" autocomplete="tel" maxlength="13" placeholder="010-1234-5678" value="${v('phone')}" aria-describedby="phone-hint"${invalid('phone', e.phone)}>
<p id="phone-hint" class="hint">이 번호로 인증번호와 결과를 문자로 보내 드립니다.</p>${err('phone', e.phone)}</div>
<div class="field"><label for="birthYear">태어난 해</label><input id="birthYear" name="birthYear" inputmode="numeric" maxlength="4" placeholder="예: 1958" value="${v('birthYear')}"${invalid('birthYear', e.birthYear)}>${err('birthYear', e.birthYear)}</div>
${districtField(t, f, e)}<div class="hp" aria-hidden="true"><label for="website">웹사이트</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div></fieldset>
<fieldset><legend>개인정보 수집·이용 동의 (필수)</legend><dl class="notice">
<dt>수집하는 항목</dt><dd>이름, 휴대전화 번호, 태어난 해${t.districts.length ? ', 사는 곳(구·군)' : ', 사는 곳(적으신 경우)'}</dd>
<dt>목적</dt><dd>이 강좌의 신청 접수와 선정, 수업 운영, 출석과 수료 확인, 안내 문자</dd>
<dt>보유 기간</dt><dd>강좌가 끝난 뒤 1년까지 (그 뒤 파기합니다)</dd>
<dt>거부할 권리</dt><dd>동의하지 않을 수 있습니다. 다만 동의하지 않으시면 온라인으로 신청할 수 없으니, 운영 기관(${esc(t.host)})에 전화로 문의해 주세요.</dd></dl>
<label class="check"><input type="checkbox" name="consent" value="yes"${f?.consent ? ' checked' : ''}${invalid('consent', e.consent)}> 위 내용을 읽었고 동의합니다</label>${err('consent', e.consent)}</fieldset>
<fieldset><legend>선택 동의</legend><p class="hint">동의하지 않아도 신청할 수 있습니다.</p>
<label class="check"><input type="checkbox" name="followUp" value="yes"${f?.followUp ? ' checked' : ''}> 수료 뒤 3·6·12개월에 취업·진학 여부를 묻는 연락을 받겠습니다</label></fieldset>
<button type="submit">인증번호 받기</button></form>
${drawHash ? `<h2>추첨 확인값</h2><p class="hint">추첨은 신청 마감 뒤 아래 값으로 정해진 방법에 따라 합니다. 추첨이 끝나면 원래 값을 공개하니 누구나 결과를 다시 계산해 볼 수 있습니다.</p><p><code>${esc(drawHash)}</code></p>` : ''}`;
  return page(`${t.title} 신청`, origin, `/apply/${t.id}`, body);
}

/** Step 2: the code. */
export function codePage(t: ApplyTarget, origin: string, draftId: string, error?: string): string {
  const body = `<h1>인증번호를 입력해 주세요</h1><p>적어 주신 휴대전화로 6자리 인증번호를 보냈습니다. 5분 안에 입력해 주세요.</p>
<form method="post" action="/apply/${esc(t.id)}/confirm" novalidate><input type="hidden" name="draft" value="${esc(draftId)}">
<div class="field"><label for="code">인증번호 6자리</label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" pattern="[0-9]*"${invalid('code', error)}>${err('code', error)}</div>
<button type="submit">신청 마치기</button></form><p class="hint">문자가 오지 않으면 <a href="/apply/${esc(t.id)}">처음부터 다시 신청</a>해 주세요.</p>`;
  return page('인증번호 입력', origin, `/apply/${t.id}`, body);
}

/** The applicant's own page (after the code, and through the link in every text). */
export function statusPage(v: ApplicationView, origin: string, token: string, fresh: boolean): string {
  const a = v.application;
  const canCancel =
    v.target.status !== 'CANCELLED' &&
    (a.status === 'PENDING' || (a.status === 'PLACED' && (v.enrolmentStatus === 'ENROLLED' || v.enrolmentStatus === 'WAITLISTED')));
  const body = `<h1>${fresh ? '신청되었습니다' : '내 신청'}</h1><p class="status" role="status">${esc(statusSentence(v))}</p>
<dl><dt>강좌</dt><dd><a href="/catalogue/${esc(a.programmeId)}">${esc(v.target.title)}</a></dd><dt>운영 기관</dt><dd>${esc(v.target.host)}</dd>
<dt>접수번호</dt><dd>${a.number}</dd><dt>신청한 때</dt><dd>${koreanDate(a.createdAt)} ${seoulClock(a.createdAt)}</dd></dl>
<p>이 페이지 주소를 문자로도 보내 드렸습니다. 다시 볼 때나 취소할 때 쓰세요.</p>
${canCancel ? `<p><a href="/apply/status/${esc(token)}/cancel">신청 취소하기</a></p>` : ''}`;
  return page('내 신청', origin, '/apply/status', body);
}

export function cancelPage(v: ApplicationView, origin: string, token: string): string {
  const body = `<h1>신청을 취소할까요?</h1><p>${esc(v.target.title)} (접수번호 ${v.application.number})</p>
<p>취소하면 되돌릴 수 없습니다. 자리는 다음 대기자에게 넘어갑니다. 다시 신청하려면 처음부터 새로 신청해야 합니다.</p>
<form method="post" action="/apply/status/${esc(token)}/cancel"><button type="submit" class="secondary">네, 취소합니다</button></form>
<p><a href="/apply/status/${esc(token)}">취소하지 않고 돌아가기</a></p>`;
  return page('신청 취소', origin, '/apply/status', body);
}

/** Anything else: closed, unknown, refused — a plain message and a way on. */
export function messagePage(origin: string, title: string, text: string, back = '/catalogue'): string {
  return page(title, origin, '/apply', `<h1>${esc(title)}</h1><p>${esc(text)}</p><p><a href="${esc(back)}">강좌 목록으로 가기</a></p>`);
}

import { PRIVACY_REQUEST_KIND_LABELS, PRIVACY_REQUEST_STATUS_LABELS, type PrivacyRequestKind } from '@lalaland/shared';
import { esc, koreanDate } from '../catalogue';
import { hidden, myPage, when } from './my-pages';
import type { MyRequest } from './privacy-requests.service';

const KIND_HINTS: Record<PrivacyRequestKind, string> = {
  SEE: '기관들이 가진 내 정보를 모두 봅니다. 이 누리집에 있는 정보는 아래에서 바로 내려받을 수 있고, 종이 서류 등은 각 기관이 10일 안에 답합니다.',
  CORRECT: '틀린 정보를 고쳐 달라고 합니다. 무엇을 어떻게 고칠지 적어 주세요.',
  DELETE: '내 정보를 지워 달라고 합니다. 수강 중이거나 진행 중인 일이 있으면 먼저 끝나야 지울 수 있습니다. 지운 정보는 되살릴 수 없습니다.',
  STOP: '특정한 이용(예: 안내 문자, 추적 조사)을 멈춰 달라고 합니다. 멈출 내용을 적어 주세요.',
};

export function requestsPage(origin: string, requests: MyRequest[], token: string, error?: string, notice?: string): string {
  const kinds = (Object.keys(KIND_HINTS) as PrivacyRequestKind[])
    .map(
      (k, i) =>
        `<label class="check"><input type="radio" name="kind" value="${k}"${i === 0 ? ' checked' : ''} aria-describedby="hint-${k}"> ${esc(PRIVACY_REQUEST_KIND_LABELS[k].ko)}</label><p id="hint-${k}" class="hint">${esc(KIND_HINTS[k])}</p>`,
    )
    .join('');
  const list = requests.length
    ? `<ul class="cards">${requests
        .map(
          (r) =>
            `<li class="card"><h3>${r.number}번 · ${esc(PRIVACY_REQUEST_KIND_LABELS[r.kind].ko)}</h3><p class="meta">${esc(when(new Date(r.receivedAt)))} 접수 · ${esc(koreanDate(r.dueOn))}까지 답변</p>${
              r.detail ? `<p>${esc(r.detail)}</p>` : ''
            }<ul>${r.answers
              .map(
                (a) =>
                  `<li>${esc(a.organization)}: <strong>${esc(PRIVACY_REQUEST_STATUS_LABELS[a.status as keyof typeof PRIVACY_REQUEST_STATUS_LABELS]?.ko ?? a.status)}</strong>${a.answer ? ` — ${esc(a.answer)}` : ''}${a.legalBasis ? ` (근거: ${esc(a.legalBasis)})` : ''}</li>`,
              )
              .join('')}</ul></li>`,
        )
        .join('')}</ul>`
    : '<p>아직 요구한 내역이 없습니다.</p>';
  return myPage(
    '개인정보 열람·정정·삭제·처리정지 요구',
    origin,
    '/my/requests',
    `<p><a href="/my">← 내 학습</a></p><h1>내 개인정보 요구</h1>${notice ? `<p class="notice" role="status">${esc(notice)}</p>` : ''}
<section><h2>내 정보 내려받기</h2><p>이 누리집의 모든 기관이 가진 내 정보(인적 사항, 수강·출석, 수료, 동의, 연계, 성과)를 한 번에 받습니다.</p>
<p class="links"><a href="/my/export.pdf">읽기 쉬운 문서 (PDF)</a><a href="/my/export.json">기계가 읽는 파일 (JSON)</a></p></section>
<section><h2>새 요구</h2><form method="post" action="/my/requests" novalidate>${hidden(token)}<fieldset><legend>무엇을 요구하시나요?</legend>${kinds}</fieldset>
<div class="field"><label for="detail">자세한 내용 (정정·처리정지는 필수)</label><textarea id="detail" name="detail" maxlength="1000"${error ? ' aria-invalid="true" aria-describedby="detail-error"' : ''}></textarea>${
      error ? `<p id="detail-error" class="error">${esc(error)}</p>` : ''
    }</div>
<p class="hint">요구는 나를 가진 모든 기관에 전달되고, 기관은 10일 안에 답해야 합니다(개인정보 보호법 제35조~제37조). 답이 오면 문자로 알려 드립니다.</p>
<button type="submit">요구하기</button></form></section><section><h2>요구 내역</h2>${list}</section>`,
  );
}

export function checkInPage(origin: string, path: string, title: string, startsAt: Date, token: string): string {
  return myPage(
    '출석하기',
    origin,
    path,
    `<h1>출석하기</h1><p class="notice">${esc(title)}<br>${esc(when(startsAt))} 수업</p><form method="post" action="${esc(path)}">${hidden(token)}<button type="submit">출석합니다</button></form>`,
  );
}

export function checkedInPage(origin: string, title: string, status: string, already: boolean): string {
  const word = status === 'LATE' ? '지각으로 출석' : status === 'PRESENT' ? '출석' : status === 'EXCUSED' ? '공결' : '결석';
  return myPage(
    '출석 완료',
    origin,
    '/my',
    `<h1>${already ? '이미 기록되어 있습니다' : '출석했습니다'}</h1><p class="notice" role="status">${esc(title)}: ${esc(word)}${already ? '으로 기록되어 있습니다. 틀렸다면 강사에게 말씀해 주세요.' : ' 처리되었습니다.'}</p><p><a href="/my">내 학습으로</a></p>`,
  );
}

export function mentorLoggedPage(origin: string, title: string, minutes: number, already: boolean): string {
  return myPage(
    '멘토 활동 기록',
    origin,
    '/my',
    `<h1>${already ? '이미 기록되어 있습니다' : '멘토 활동을 기록했습니다'}</h1><p class="notice" role="status">${esc(title)}: ${minutes}분${already ? '이 기록되어 있습니다.' : '을 기록했습니다.'} 주관 기관이 확인하면 활동 시간으로 인정됩니다.</p><p><a href="/my">내 학습으로</a></p>`,
  );
}

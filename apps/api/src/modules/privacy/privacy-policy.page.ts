import { ORGANIZATION_KIND_LABELS, type OrganizationKind } from '@lalaland/shared';
import { esc, koreanDate, layout } from '../catalogue';
import type { PolicyVersion } from './privacy-policy.service';

interface Live {
  recipients: Array<{ kind: string; organizations: number }>;
  officers: Array<{ organization: string; position: string | null; contact: string | null }>;
  versions: Array<{ version: number; publishedAt: Date }>;
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

/** The privacy policy as a public page: server-rendered, no script, no person's data (officers by position only). */
export function policyPage(v: PolicyVersion, live: Live, origin: string, latest: boolean): string {
  const sections = v.content.purposes
    .map(
      (p) =>
        `<h2>${esc(p.title.ko)}</h2><dl><dt>처리 근거</dt><dd>${esc(p.basis.ko)}</dd><dt>처리 항목</dt><dd>${esc(
          p.items.map((i) => i.ko).join(', '),
        )}</dd><dt>보유 기간</dt><dd>${esc(p.retention.ko)}</dd></dl>`,
    )
    .join('');
  const recipients = live.recipients.length
    ? list(live.recipients.map((r) => `${esc(ORGANIZATION_KIND_LABELS[r.kind as OrganizationKind]?.ko ?? r.kind)} ${r.organizations}곳`))
    : '<p>아직 제공한 기관이 없습니다.</p>';
  const processors = v.content.processors.length
    ? list(v.content.processors.map((p) => `${esc(p.ko)}: ${esc(p.task.ko)}`))
    : '<p>위탁하는 업무가 없습니다. (이 설치는 문자·이메일을 실제로 보내지 않고 문서를 직접 보관합니다.)</p>';
  const officers = live.officers.length
    ? `<table><caption class="skip">기관별 개인정보 보호책임자</caption><thead><tr><th scope="col">기관</th><th scope="col">보호책임자 (직책)</th><th scope="col">연락처</th></tr></thead><tbody>${live.officers
        .map(
          (o) =>
            `<tr><td>${esc(o.organization)}</td><td>${o.position ? esc(o.position) : '기관장이 지정하기 전 (기관 대표 연락처로 문의)'}</td><td>${esc(o.contact ?? '—')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>아직 개인정보를 보유한 기관이 없습니다.</p>';
  const history = list(
    live.versions.map(
      (h) =>
        `<a href="/privacy/versions/${h.version}">${h.version}번째 방침 · ${esc(koreanDate(h.publishedAt))} 시행</a>${h.version === v.version ? ' (보고 있는 방침)' : ''}`,
    ),
  );
  const body = `<h1>개인정보 처리방침</h1>
<p class="meta">${latest ? '현재 방침' : '지난 방침'} · ${v.version}번째 · ${esc(koreanDate(v.publishedAt))} 시행${latest ? '' : ' · <a href="/privacy">현재 방침 보기</a>'}</p>
<p>부산 평생학습 컨소시엄의 LA-LA LAnd는 평생학습 프로그램을 운영하고 기관 사이에 학습자를 연계하기 위해 아래 개인정보를 처리합니다. 이 방침은 플랫폼이 실제로 보관하는 항목에서 만들어지며, 항목이 바뀌면 새 방침이 시행되고 지난 방침은 아래에 남습니다.</p>
${sections}
<h2>제3자 제공 (연계 의뢰)</h2><p>정보주체가 따로 동의한 경우에만, 동의한 항목을 다음 종류의 기관에 제공했습니다. 동의를 철회하면 받은 기관의 열람이 즉시 멈춥니다.</p>${recipients}
<h2>처리 위탁</h2>${processors}
<h2>안전성 확보조치</h2>${list([
    '개인정보를 다루는 담당자는 비밀번호와 함께 패스키나 인증 앱으로 한 번 더 확인합니다 (기관이 정한 경우, 운영 환경 기본).',
    '휴대전화 번호와 인증 비밀값은 암호화해 보관합니다.',
    '누가 언제 누구의 정보를 왜 보았는지 모두 기록하고, 그 기록은 고칠 수 없게 2년 이상 보관하며, 기관마다 매달 점검합니다.',
    '많은 사람의 정보가 담긴 파일은 내려받는 사유를 남겨야 합니다.',
    '보유 근거가 끝난 정보는 매일 새벽 파기하고 파기 대장에 남깁니다.',
  ])}
<h2>정보주체의 권리</h2><p>자신의 개인정보를 열람하거나 정정·삭제하거나 처리를 멈추라고 요구할 수 있습니다. 정보를 보유한 기관의 개인정보 보호책임자에게 말씀하시면 10일 안에 답합니다. 동의는 언제든 철회할 수 있으며, 철회하면 그 정보는 더 이상 쓰이지 않고 진행 중인 업무가 끝나면 파기됩니다.</p>
<h2>개인정보 보호책임자</h2>${officers}
<h2>변경 이력</h2>${history}`;
  return layout({
    title: '개인정보 처리방침 | 부산 평생학습 LA-LA LAnd',
    description: 'LA-LA LAnd가 처리하는 개인정보의 항목, 목적, 보유 기간, 제공과 위탁, 정보주체의 권리와 보호책임자.',
    url: `${origin}/privacy${latest ? '' : `/versions/${v.version}`}`,
    body,
  });
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { randomInt } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent, type Delivery } from '../../core/events/domain-events';
import { ApplicantRecords, ParticipantDestruction, PiiCipher } from '../participants';
import { TextMessages } from '../messaging';
import { CODE_MINUTES, signInCodeHash } from './citizen-sessions';
import type { CitizenEvents } from './citizens.events';

const HEAD = '[부산 평생학습]';
const KIND_WORDS: Record<string, string> = { SEE: '열람', CORRECT: '정정', DELETE: '삭제', STOP: '처리정지' };
const STATUS_WORDS: Record<string, string> = { DONE: '처리했습니다', PARTLY: '일부 처리했습니다', REFUSED: '처리하지 못했습니다' };

/**
 * Texts for the citizen's space, after commit through the outbox: the sign-in code (only to a number someone holds: a
 * stranger's number gets nothing, and the page said the same either way) and the answers to privacy requests.
 */
@Injectable()
export class CitizenTextsHandler {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly texts: TextMessages,
    private readonly cipher: PiiCipher,
    private readonly records: ApplicantRecords,
    private readonly destruction: ParticipantDestruction,
  ) {}

  @OnEvent('citizen.code_requested', 'after-commit')
  async code(ctx: RequestContext, e: CitizenEvents['citizen.code_requested'], delivery?: Delivery): Promise<void> {
    const [s] = (await this.tx.readOwnWrites(ctx).query(
      // Signing in: the number must be someone's. Changing one's number: the person's (their session's) organization pays.
      `SELECT s.id, s.phone_encrypted AS phone, s.change_for_session IS NOT NULL AS change,
              (SELECT p.organization_id FROM participant p
                WHERE p.phone_hash = coalesce((SELECT cs.phone_hash FROM citizen_session cs WHERE cs.id = s.change_for_session), s.phone_hash)
                  AND p.destroyed_at IS NULL ORDER BY p.created_at DESC LIMIT 1) AS "organizationId"
         FROM citizen_sign_in s WHERE s.id = $1 AND s.confirmed_at IS NULL`,
      [e.signInId],
    )) as Array<{ id: string; phone: string; change: boolean; organizationId: string | null }>;
    if (!s?.organizationId) return;
    // A retried delivery makes a new code (the earlier one stops working): no code waits anywhere but in the text. Its
    // hash is committed on its own before the text goes, so a person quicker than the delivery's commit is not refused.
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.db.query(`UPDATE citizen_sign_in SET code_hash = $2, expires_at = now() + make_interval(mins => $3) WHERE id = $1`, [
      s.id,
      signInCodeHash(s.id, code),
      CODE_MINUTES,
    ]);
    await this.texts.send(ctx, {
      organizationId: s.organizationId,
      to: this.cipher.decrypt(s.phone, s.id),
      kind: 'phone_code',
      text: `${HEAD} ${s.change ? '휴대전화 번호 변경' : '내 학습 로그인'} 인증번호 ${code} (${CODE_MINUTES}분 안에 입력해 주세요. 다른 사람에게 알려 주지 마세요.)`,
      key: `citizen-code-${s.id}-${delivery?.id ?? 'direct'}`,
    });
  }

  @OnEvent('privacy_request.answered', 'after-commit')
  async answered(ctx: RequestContext, e: CitizenEvents['privacy_request.answered'], delivery?: Delivery): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const [a] = (await em.query(
      `SELECT r.number, r.kind, a.status, a.organization_id AS "organizationId", o.name_ko AS organization
         FROM privacy_request_answer a JOIN privacy_request r ON r.id = a.request_id JOIN organization o ON o.id = a.organization_id
        WHERE a.request_id = $1 AND a.participant_id = $2`,
      [e.requestId, e.participantId],
    )) as Array<{ number: number; kind: string; status: string; organizationId: string; organization: string }>;
    if (!a || a.status === 'PENDING') return;
    const phone = await this.records.phoneOf(ctx, em, e.participantId, `privacy-request-text:${e.requestId}`);
    if (phone)
      await this.texts.send(ctx, {
        organizationId: a.organizationId,
        to: phone,
        kind: 'privacy_request_answered',
        text: `${HEAD} ${a.organization}: 개인정보 ${KIND_WORDS[a.kind]} 요구(${a.number}번)를 ${STATUS_WORDS[a.status]}. 자세한 내용: ${this.config.publicUrl}/my/requests`,
        key: `privacy-answer-${e.requestId}-${e.participantId}-${delivery?.id ?? 'direct'}`,
      });
    // A deletion done: the record is destroyed once the person has been told (its consents were withdrawn with the answer;
    // should this fail, the nightly destruction finds the person all the same).
    if (a.kind === 'DELETE' && a.status === 'DONE') await this.destruction.destroy(ctx, e.participantId, 'ERASURE_REQUEST');
  }
}

import { Client, TestApp } from './support/app';
import { TEST_PII_KEY } from './support/db';
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { graphql } from './gql';
import { REGISTER, PARTICIPANT, ENROL, consent, learnFixture, type LearnFixture } from './support/learn';
import { DROP, WITHDRAW } from './support/enrolments';
import { expectAccess } from './support/access-matrix';
import { PiiCipher, upgradeParticipantPhones } from '../src/modules/participants/pii-cipher';

/** A phone encrypted the way it was before ciphertexts were bound to their row (format v1). */
function legacyV1(plain: string): string {
  const key = Buffer.from(hkdfSync('sha256', Buffer.from(TEST_PII_KEY, 'hex'), Buffer.alloc(0), 'lalaland pii enc v1', 32));
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

// The purpose logged is the resolver path, never the client's operation name (this one is called Anything).
const SKIPPED_FIELDS = graphql(`
  query Anything($id: ID!, $no: Boolean!) {
    participant(id: $id) {
      personal {
        name
        phone @include(if: $no)
        birthYear @skip(if: true)
      }
    }
  }
`);

const MATCHES = graphql(`
  query TestParticipantMatches($i: ParticipantMatchInput!) {
    participantMatches(input: $i) {
      reasons
      participant {
        id
        pseudonymKey
        personal {
          name
          birthYear
        }
      }
    }
  }
`);
const UPDATE_PARTICIPANT = graphql(`
  mutation TestUpdateParticipant($i: UpdateParticipantInput!) {
    updateParticipant(input: $i) {
      id
      personal {
        name
        phone
        birthYear
        districtCode
      }
    }
  }
`);
const MERGE = graphql(`
  mutation TestMergeParticipants($i: MergeParticipantsInput!) {
    mergeParticipants(input: $i) {
      id
      pseudonymKey
      personal {
        name
        phone
      }
      consents {
        id
      }
    }
  }
`);

describe('participants: registration, consent, the logged personal-data path', () => {
  let t: TestApp, saha: Client, city: Client, yeonje: Client;
  let programme: string;
  let newProgramme: LearnFixture['newProgramme'], recruiting: LearnFixture['recruiting'], register: LearnFixture['register'];

  beforeAll(async () => {
    ({ t, saha, city, yeonje, programme, newProgramme, recruiting, register } = await learnFixture());
  });
  afterAll(() => t.close());

  describe('participants and consent', () => {
    it('consent is required; the phone is encrypted at rest; reads of personal fields are logged with the fields and the operation', async () => {
      const none = await saha.gql(REGISTER, { i: { name: '김동의', birthYear: 1950, consent: { ...consent, given: false } } });
      expect(Client.code(none)).toBe('CONSENT_REQUIRED');
      const past = await saha.gql(REGISTER, {
        i: { name: '김동의', birthYear: 1950, consent: { ...consent, retentionUntil: '2020-01-01' } },
      });
      expect(past.errors![0]!.extensions.fields![0]).toMatchObject({
        field: 'consent.retentionUntil',
        ko: '보유 기한은 오늘 이후여야 합니다.',
      }); // next to the date, not "consent missing"
      const narrow = await saha.gql(REGISTER, {
        i: { name: '김동의', phone: '010-1111-2222', birthYear: 1950, consent: { ...consent, items: ['NAME', 'BIRTH_YEAR'] } },
      });
      expect(Client.code(narrow)).toBe('CONSENT_REQUIRED');
      const p = await register(saha, '김동의', '010-1111-2222');
      expect(p.personal).toEqual({ name: '김동의', phone: '010-1111-2222', birthYear: 1958 });
      expect(p.pseudonymKey).toMatch(/^P[A-Z2-9]{7}$/);
      const [row] = (await t.db.query('SELECT phone_encrypted, phone_hash FROM participant WHERE id = $1', [p.id])) as Array<{
        phone_encrypted: string;
        phone_hash: string;
      }>;
      expect(row!.phone_encrypted).not.toContain('1111');
      expect(row!.phone_encrypted.startsWith('v2.')).toBe(true);
      // The ciphertext is bound to its row: copied onto another participant it does not decrypt (and reads as no phone).
      const other = await register(saha, '김복사', '010-3333-4444');
      await t.db.query('UPDATE participant SET phone_encrypted = $2 WHERE id = $1', [other.id, row!.phone_encrypted]);
      const copied = await saha.gql(PARTICIPANT, { id: other.id });
      expect(copied.errors).toBeUndefined();
      expect(copied.data!.participant.personal).toEqual({ name: '김복사', phone: null });
      // A phone stored before the binding (v1) is read, and rewritten bound (v2) when the app next starts its migrations.
      const [key] = (await t.db.query('SELECT pseudonym_key FROM participant WHERE id = $1', [other.id])) as Array<{
        pseudonym_key: string;
      }>;
      await t.db.query('UPDATE participant SET phone_encrypted = $2 WHERE id = $1', [other.id, legacyV1('01033334444')]);
      expect((await saha.gql(PARTICIPANT, { id: other.id })).data!.participant.personal?.phone).toBe('010-3333-4444');
      expect(await upgradeParticipantPhones(t.db, t.app.get(PiiCipher))).toBe(1);
      const [upgraded] = (await t.db.query('SELECT phone_encrypted FROM participant WHERE id = $1', [other.id])) as Array<{
        phone_encrypted: string;
      }>;
      expect(upgraded!.phone_encrypted.startsWith('v2.')).toBe(true);
      expect(t.app.get(PiiCipher).decrypt(upgraded!.phone_encrypted, key!.pseudonym_key)).toBe('01033334444');
      await saha.gql(PARTICIPANT, { id: p.id });
      // Skipped fields are not read, hence not logged; the purpose is the resolver path, never the client's operation name.
      await saha.gql(SKIPPED_FIELDS, { id: p.id, no: false });
      const logs = (await t.db.query(
        'SELECT fields, purpose, request_id FROM personal_data_access WHERE participant_id = $1 ORDER BY occurred_at',
        [p.id],
      )) as Array<{
        fields: string;
        purpose: string;
        request_id: string;
      }>;
      expect(logs.map((l) => [l.purpose, l.fields])).toEqual([
        ['graphql:registerParticipant.personal', '{NAME,PHONE,BIRTH_YEAR}'],
        ['graphql:participant.personal', '{NAME,PHONE}'],
        ['graphql:participant.personal', '{NAME}'],
      ]);
      expect(logs[1]!.request_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Client.code(await saha.gql(REGISTER, { i: { name: '김동의', phone: '01011112222', birthYear: 1950, consent } }))).toBe(
        'PARTICIPANT_EXISTS',
      );
      const audit = (await t.db.query(
        "SELECT changes::text AS c FROM audit_event WHERE entity_id = $1 AND action = 'participant.register'",
        [p.id],
      )) as Array<{ c: string }>;
      expect(audit[0]!.c).not.toContain('김동의');
      expect(audit[0]!.c).not.toContain('1111');
    });

    it('another organization cannot read or enrol a participant (NOT_FOUND); withdrawal hides personal fields everywhere', async () => {
      const p = await register(saha, '이철회', '010-3333-4444');
      expect(Client.code(await yeonje.gql(PARTICIPANT, { id: p.id }))).toBe('PARTICIPANT_NOT_FOUND');
      expect(Client.code(await city.gql(PARTICIPANT, { id: p.id }))).toBe('PARTICIPANT_NOT_FOUND');
      expect(Client.code(await city.gql(ENROL, { p: programme, x: p.id }))).toBe('PARTICIPANT_NOT_FOUND');
      const consentId = p.consents![0]!.id;
      expect(Client.code(await yeonje.gql(WITHDRAW, { id: consentId }))).toBe('CONSENT_NOT_FOUND');
      expect((await saha.gql(WITHDRAW, { id: consentId })).data!.withdrawConsent.withdrawnAt).toBeTruthy();
      expect((await saha.gql(PARTICIPANT, { id: p.id })).data!.participant.personal).toBeNull();
      const target = await newProgramme(saha, { titleKo: '철회 확인 과정' });
      await recruiting(target.id);
      expect(Client.code(await saha.gql(ENROL, { p: target.id, x: p.id }))).toBe('CONSENT_REQUIRED');
    });
  });

  describe('one person, one record', () => {
    it('shows the held records that may be the person before registering, and refuses a same name and birth year until the caller confirms another person', async () => {
      const first = await register(saha, '이철수', null);
      const again = await saha.gql(REGISTER, { i: { name: '이철수', birthYear: 1958, consent } });
      expect(Client.code(again)).toBe('PARTICIPANT_POSSIBLE_DUPLICATE');
      expect(again.errors![0]!.message).toContain(first.pseudonymKey);
      const found = (await saha.gql(MATCHES, { i: { name: '이철수', birthYear: 1958 } })).data!.participantMatches;
      expect(found).toEqual([
        {
          reasons: ['SAME_NAME_AND_BIRTH_YEAR'],
          participant: { id: first.id, pseudonymKey: first.pseudonymKey, personal: { name: '이철수', birthYear: 1958 } },
        },
      ]);
      // The same phone is the strongest reason, whatever the name; another organization sees none of Saha-gu's records.
      const phoned = await register(saha, '김전화', '010-2222-9999');
      expect(
        (await saha.gql(MATCHES, { i: { name: '김전화씨', phone: '01022229999' } })).data!.participantMatches.map((m) => [
          m.participant.id,
          m.reasons,
        ]),
      ).toEqual([[phoned.id, ['SAME_PHONE']]]);
      expect((await yeonje.gql(MATCHES, { i: { name: '이철수', birthYear: 1958 } })).data!.participantMatches).toEqual([]);
      // Confirmed as someone else (a namesake born the same year), it is registered.
      const namesake = await saha.gql(REGISTER, { i: { name: '이철수', birthYear: 1958, consent, confirmedNew: true } });
      expect(namesake.errors).toBeUndefined();
      await expectAccess(
        t,
        MATCHES,
        { i: { name: '이철수' } },
        { sahaStaff: 'ok', yeonjeStaff: 'ok', ministryViewer: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
      );
    });

    it('corrects personal details within the consent, audited by field name only; birth years after this year are refused naming the range', async () => {
      const p = await register(saha, '박수정', '010-4444-1212');
      const fixed = await saha.gql(UPDATE_PARTICIPANT, {
        i: { id: p.id, name: '박수정정', phone: '010-4444-1313', birthYear: 1960, districtCode: '26290' },
      });
      expect(fixed.data!.updateParticipant.personal).toEqual({
        name: '박수정정',
        phone: '010-4444-1313',
        birthYear: 1960,
        districtCode: '26290',
      });
      const [audit] = (await t.db.query(
        "SELECT changes::text AS c FROM audit_event WHERE entity_id = $1 AND action = 'participant.update'",
        [p.id],
      )) as Array<{ c: string }>;
      expect(audit!.c).toContain('districtCode');
      expect(audit!.c).not.toContain('박수정');
      expect(audit!.c).not.toContain('4444');
      const future = await saha.gql(UPDATE_PARTICIPANT, { i: { id: p.id, birthYear: Number(new Date().getFullYear()) + 1 } });
      expect(Client.code(future)).toBe('VALIDATION_FAILED');
      expect(future.errors![0]!.extensions.fields![0]).toMatchObject({
        field: 'birthYear',
        ko: expect.stringContaining('1900년부터 올해까지'),
      });
      // A field the consent does not cover is refused; another organization's id is not found.
      const narrow = await saha.gql(REGISTER, {
        i: { name: '최좁은', birthYear: 1970, consent: { ...consent, items: ['NAME', 'BIRTH_YEAR'] } },
      });
      expect(
        Client.code(await saha.gql(UPDATE_PARTICIPANT, { i: { id: narrow.data!.registerParticipant.id, phone: '010-1234-5678' } })),
      ).toBe('CONSENT_REQUIRED');
      expect(Client.code(await yeonje.gql(UPDATE_PARTICIPANT, { i: { id: p.id, name: 'x' } }))).toBe('PARTICIPANT_NOT_FOUND');
    });

    it('merges two records of one person: enrolments, attendance and consents move to the kept one, the access log stays as written; a shared programme refuses and saves nothing', async () => {
      const keep = await register(saha, '정합침', null);
      const dup = (
        await saha.gql(REGISTER, { i: { name: '정합침', phone: '010-8080-7070', birthYear: 1958, consent, confirmedNew: true } })
      ).data!.registerParticipant;
      const first = await newProgramme(saha, { titleKo: '합치기 과정 하나' });
      const second = await newProgramme(saha, { titleKo: '합치기 과정 둘' });
      await recruiting(first.id);
      await recruiting(second.id);
      const onBoth = [
        (await saha.gql(ENROL, { p: first.id, x: keep.id })).data!.enrol.id,
        (await saha.gql(ENROL, { p: first.id, x: dup.id })).data!.enrol.id,
      ];
      await saha.gql(ENROL, { p: second.id, x: dup.id });
      await saha.gql(PARTICIPANT, { id: dup.id }); // one logged read of the duplicate
      const clash = await saha.gql(MERGE, { i: { keepId: keep.id, duplicateId: dup.id } });
      expect(Client.code(clash)).toBe('PARTICIPANT_MERGE_CONFLICT');
      expect(clash.errors![0]!.message).toContain('합치기 과정 하나');
      expect(await t.db.query('SELECT count(*)::int AS n FROM participant WHERE id = $1', [dup.id])).toEqual([{ n: 1 }]);
      // Staff drop the duplicate's seat on the shared programme (no attendance yet), then merge: that dropped row goes.
      await saha.gql(DROP, { id: onBoth[1]!, s: 'DROPPED' });
      expect(Client.code(await yeonje.gql(MERGE, { i: { keepId: keep.id, duplicateId: dup.id } }))).toBe('PARTICIPANT_NOT_FOUND');
      expect(Client.code(await saha.gql(MERGE, { i: { keepId: keep.id, duplicateId: keep.id } }))).toBe('PARTICIPANT_MERGE_SAME');
      const merged = (await saha.gql(MERGE, { i: { keepId: keep.id, duplicateId: dup.id } })).data!.mergeParticipants;
      expect(merged).toMatchObject({ id: keep.id, pseudonymKey: keep.pseudonymKey, personal: { name: '정합침', phone: '010-8080-7070' } });
      expect(merged.consents).toHaveLength(2);
      expect(await t.db.query('SELECT count(*)::int AS n FROM enrolment WHERE id = $1', [onBoth[1]])).toEqual([{ n: 0 }]);
      expect(await t.db.query('SELECT programme_id FROM enrolment WHERE participant_id = $1 ORDER BY programme_id', [keep.id])).toEqual(
        [first.id, second.id].sort().map((id) => ({ programme_id: id })),
      );
      expect(Client.code(await saha.gql(PARTICIPANT, { id: dup.id }))).toBe('PARTICIPANT_NOT_FOUND');
      // The access log is kept as written: the duplicate's reads stay under its id, recorded as merged into the kept one.
      const [{ n: kept }] = await t.db.query('SELECT count(*)::int AS n FROM personal_data_access WHERE participant_id = $1', [dup.id]);
      expect(kept).toBeGreaterThan(0);
      expect(await t.db.query('SELECT kept_id FROM participant_merged WHERE duplicate_id = $1', [dup.id])).toEqual([{ kept_id: keep.id }]);
      const [audit] = (await t.db.query("SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'participant.merge'", [
        keep.id,
      ])) as Array<{ changes: Record<string, unknown> }>;
      expect(audit!.changes).toMatchObject({ merged: [dup.pseudonymKey, keep.pseudonymKey], fieldsTaken: [null, ['phone']] });
    });
  });
});

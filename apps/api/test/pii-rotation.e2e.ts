import { Client, TestApp, startReplica, startTestApp } from './support/app';
import { TEST_PII_KEY } from './support/db';
import { PiiCipher, rotateParticipantPhones } from '../src/modules/participants';
import { loadConfig } from '../src/core/config';

/** PII_KEY rotation (docs/operations.md): every phone moves to the new key, search by phone follows, nothing is lost. */
const NEW_KEY = 'a'.repeat(64);
const REGISTER = 'mutation($i: RegisterParticipantInput!) { registerParticipant(input: $i) { id pseudonymKey } }';
const PERSON = '{ participant(id: "ID") { personal { name phone } } }';
const BY_PHONE = '{ participants(search: "010-2345-6789", limit: 5) { items { id } } }';
const cipher = (key: string) => new PiiCipher(loadConfig({ NODE_ENV: 'production', PII_KEY: key }));

describe('rotating PII_KEY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('re-encrypts every phone and its search hash under the new key; a second run changes nothing; a foreign value is reported, not overwritten', async () => {
    const saha = await t.as('saha.staff@lalaland.test');
    const made = await saha.gql(REGISTER, {
      i: {
        name: '키교체 시험',
        birthYear: 1970,
        phone: '010-2345-6789',
        consent: { given: true, items: ['NAME', 'BIRTH_YEAR', 'PHONE'], retentionUntil: '2030-12-31' },
      },
    });
    expect(made.errors).toBeUndefined();
    const id = made.data!.registerParticipant.id;
    const [{ n: phones }] = (await t.db.query('SELECT count(*)::int AS n FROM participant WHERE phone_encrypted IS NOT NULL')) as [
      { n: number },
    ];
    // a value no key opens (copied from nowhere): reported and left as it is
    await t.db.query(
      "UPDATE participant SET phone_encrypted = 'v2.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA' WHERE id = (SELECT id FROM participant WHERE phone_encrypted IS NOT NULL AND id <> $1 LIMIT 1)",
      [id],
    );

    const first = await rotateParticipantPhones(t.db, cipher(TEST_PII_KEY), cipher(NEW_KEY));
    expect(first.rotated).toBe(phones - 1);
    expect(first.unreadable).toHaveLength(1);
    expect(
      (
        await t.db.query(
          "SELECT count(*)::int AS n FROM participant WHERE phone_encrypted = 'v2.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA'",
        )
      )[0].n,
    ).toBe(1);
    const again = await rotateParticipantPhones(t.db, cipher(TEST_PII_KEY), cipher(NEW_KEY));
    expect(again).toEqual({ rotated: 0, already: phones - 1, unreadable: first.unreadable });

    // the API started with the new key reads the phone and finds the person by it
    const next = await startReplica(t, { PII_KEY: NEW_KEY });
    try {
      const there = new Client(next.url);
      there.cookie = saha.cookie;
      const person = await there.gql(PERSON.replace('ID', id));
      expect(person.data!.participant.personal).toMatchObject({ name: '키교체 시험', phone: '010-2345-6789' });
      expect((await there.gql(BY_PHONE)).data!.participants.items.map((p: { id: string }) => p.id)).toEqual([id]);
    } finally {
      await next.close();
    }
    // the one still running with the old key no longer opens it (restart every replica with the new key)
    expect((await saha.gql(PERSON.replace('ID', id))).data!.participant.personal.phone).toBeNull();
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, formatWon, formatSeoulDateTime, passwordProblems, isEmail, seoulDate, seoulClock, seoulInstant } from './format';
import { permissionsFor, Permission, BUSAN_DISTRICTS, executionRate, generationMixIndex } from './index';

test('formats integer won with the ₩ sign and thousands separators', () => {
  assert.equal(formatWon(50_000_000), '₩50,000,000');
  assert.equal(formatWon(-1200), '-₩1,200');
  assert.throws(() => formatWon(1.5));
});

test('shows instants in Asia/Seoul whatever the server zone', () => {
  assert.equal(formatSeoulDateTime('2025-03-04T00:30:00Z', 'en'), '04/03/2025, 09:30');
  assert.match(formatSeoulDateTime('2025-03-04T15:10:00Z', 'ko'), /2025\. 03\. 05\.? 00:10/);
});

test('password policy reports every problem', () => {
  assert.deepEqual(passwordProblems('short'), ['TOO_SHORT', 'NEEDS_LETTER_AND_DIGIT']);
  assert.deepEqual(passwordProblems('longenough1'), []);
  for (const common of ['password12', 'Password2025!', 'qwerty1234', 'admin12345', 'lalaland2025', 'a123456789', 'aaaa111111'])
    assert.deepEqual(passwordProblems(common), ['TOO_COMMON'], common);
});

test('e-mail check', () => {
  assert.ok(isEmail('staff@busan.go.kr'));
  assert.ok(!isEmail('staff at busan'));
});

test('a platform admin holds every permission; a user without membership only self-service and directory', () => {
  assert.ok(permissionsFor(null, true).includes(Permission.Playground));
  assert.deepEqual(permissionsFor(null, false), [Permission.Self, Permission.OrganizationRead]);
  assert.ok(!permissionsFor('VIEWER', false).includes(Permission.MemberManage));
  assert.ok(permissionsFor('ORG_ADMIN', false).includes(Permission.MemberManage));
});

test('Busan has 16 Gu/Gun with unique administrative codes', () => {
  assert.equal(BUSAN_DISTRICTS.length, 16);
  assert.equal(new Set(BUSAN_DISTRICTS.map((d) => d.code)).size, 16);
  assert.equal(BUSAN_DISTRICTS.find((d) => d.code === '26290')?.en, 'Nam-gu');
  assert.equal(BUSAN_DISTRICTS.find((d) => d.code === '26470')?.en, 'Yeonje-gu');
});

test('executionRate: percent with one decimal, 0 when nothing is planned', () => {
  assert.equal(executionRate(0, 0), 0);
  assert.equal(executionRate(1_000_000, 3_000_000), 33.3);
  assert.equal(executionRate(3_000_000, 3_000_000), 100);
});

test('learn helpers: age bands, phone numbers, masked names, the completion rule', async () => {
  const { ageBandOf, normalizePhone, formatPhone, maskName, meetsCompletion, programmeTransition } = await import('./learn');
  assert.equal(ageBandOf(2006, 2025), 'UNDER_20');
  assert.equal(ageBandOf(2005, 2025), 'AGE_20_39');
  assert.equal(ageBandOf(1960, 2025), 'AGE_65_PLUS');
  assert.equal(normalizePhone('010-1234-5678'), '01012345678');
  assert.equal(normalizePhone('12345'), null);
  assert.equal(formatPhone('01012345678'), '010-1234-5678');
  assert.equal(formatPhone('0512345678'), '051-234-5678');
  assert.equal(maskName('김민수'), '김*수');
  assert.equal(maskName('이영'), '이*');
  assert.equal(meetsCompletion(8, 10, 80), true);
  assert.equal(meetsCompletion(7, 10, 80), false);
  assert.equal(meetsCompletion(0, 0, 80), false);
  assert.equal(programmeTransition('PROPOSED', 'APPROVED')?.by, 'LEAD');
  assert.equal(programmeTransition('DRAFT', 'RUNNING'), null);
});

test('Seoul dates and times: 23:30 UTC is already the next morning in Seoul', () => {
  assert.equal(seoulDate('2025-08-31T15:00:00Z'), '2025-09-01');
  assert.equal(seoulDate('2025-08-31T14:59:59Z'), '2025-08-31');
  assert.equal(seoulClock('2025-09-01T01:00:00Z'), '10:00');
  assert.equal(seoulInstant('2025-09-01', '10:00').toISOString(), '2025-09-01T01:00:00.000Z');
  assert.equal(seoulInstant('2025-09-01').toISOString(), '2025-08-31T15:00:00.000Z');
});

test('the generation mix index is 0 for one generation, rises with mixing, and tops out at 0.75 for four equal bands', () => {
  assert.equal(generationMixIndex({}), null);
  assert.equal(generationMixIndex({ AGE_65_PLUS: 12 }), 0);
  assert.equal(generationMixIndex({ UNDER_20: 5, AGE_65_PLUS: 5 }), 0.5);
  assert.equal(generationMixIndex({ UNDER_20: 3, AGE_20_39: 3, AGE_40_64: 3, AGE_65_PLUS: 3 }), 0.75);
});

test('a CSV field never starts a formula, whatever character starts it (= + - @ tab carriage return), and is quoted when it must be', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r'])
    assert.ok(csvField(`${start}HYPERLINK("http://x")`).replace(/^"/, '').startsWith("'"), JSON.stringify(start));
  assert.equal(csvField('김하나'), '김하나');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField(-3), '-3');
  assert.equal(csvField(null), '');
});

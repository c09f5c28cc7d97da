import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consentInForce, itemsStored, notCovered } from './consent';

test('a registration stores the name and birth year always, and the phone, gender and district when given', () => {
  assert.deepEqual(itemsStored({}), ['NAME', 'BIRTH_YEAR']);
  assert.deepEqual(itemsStored({ phone: '010-1234-5678', gender: '', districtCode: '26290' }), ['NAME', 'PHONE', 'BIRTH_YEAR', 'DISTRICT']);
});
test('names what a consent does not cover', () => {
  assert.deepEqual(notCovered(['NAME', 'PHONE', 'BIRTH_YEAR'], ['NAME', 'BIRTH_YEAR']), ['PHONE']);
  assert.deepEqual(notCovered(['NAME'], ['NAME', 'PHONE']), []);
});
test('a consent is in force until its retention date, and not after withdrawal', () => {
  assert.equal(consentInForce({ withdrawnAt: null, retentionUntil: '2026-12-05' }, '2026-12-05'), true);
  assert.equal(consentInForce({ withdrawnAt: null, retentionUntil: '2026-12-04' }, '2026-12-05'), false);
  assert.equal(consentInForce({ withdrawnAt: new Date(), retentionUntil: '2027-12-31' }, '2026-12-05'), false);
});

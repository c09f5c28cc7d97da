import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_METHODS,
  CONSENT_METHOD_LABELS,
  PERSONAL_FIELDS,
  PERSONAL_FIELD_LABELS,
  REFERRAL_REASONS,
  type PersonalField,
  type ReferralReason,
} from '@lalaland/shared';
import { DateField } from '../../../components/DateField';
import { ErrorAlert, fieldErrors } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { Trail } from '../../../components/Trail';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { FORM_OPTIONS, REFER } from '../graphql/referrals';
import { REFERRAL_QUERIES, itemsOf, reasonOf } from '../labels';

/** A year from today, the default the recipient keeps shared data. */
function inAYear(): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Refer a participant: to whom (and to which of its programmes), why, and, separately, whether the citizen agreed to
 * share personal items with the recipient, captured as PIPA §17 asks: recipient, purpose, items, retention, and that
 * refusing was possible and what it means (the notice is shown as it is read to the citizen).
 */
export default function NewReferralPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [search, setSearch] = useState(params.get('key') ?? '');
  const [participantId, setParticipantId] = useState(params.get('participant') ?? '');
  const openingId = params.get('opening');
  const [to, setTo] = useState(params.get('to') ?? '');
  const [programmeId, setProgrammeId] = useState('');
  const [reason, setReason] = useState<ReferralReason>(openingId ? 'EMPLOYMENT' : 'LEARNING');
  const [note, setNote] = useState('');
  const [share, setShare] = useState(false);
  const [items, setItems] = useState<PersonalField[]>(['NAME', 'PHONE']);
  const [purpose, setPurpose] = useState(t('referrals.purposeDefault'));
  const [until, setUntil] = useState(inAYear());
  const [method, setMethod] = useState('WRITTEN');
  const [explained, setExplained] = useState(false);
  const [tried, setTried] = useState(false);
  const options = useQuery(FORM_OPTIONS, { variables: { search: search.trim() || null, to: to || null } });
  const [refer, { loading, error }] = useMutation(REFER, { refetchQueries: REFERRAL_QUERIES });
  const errs = fieldErrors(error, lang);
  const orgs = options.data?.organizations.items ?? [];
  const toName = pick(orgs.find((o) => o.id === to) ?? { nameKo: '—', nameEn: '—' }, lang);
  const programmes = to ? (options.data?.programmes.items ?? []).filter((p) => p.host.id === to) : [];
  const people = options.data?.participants.items ?? [];
  const missing = { person: !participantId, to: !to, explained: share && !explained, items: share && !items.length };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(missing).some(Boolean)) return;
    const r = await refer({
      variables: {
        input: {
          participantId,
          toOrganizationId: to,
          programmeId: programmeId || null,
          openingId,
          reason,
          note: note.trim() || null,
          sharing: share ? { items, purpose, retentionUntil: until, method, refusalExplained: explained } : null,
        },
      },
    }).catch(() => null);
    if (r?.data) void navigate(`/referrals/${r.data.referParticipant.id}`, { state: { notice: t('referrals.submitted') } });
  };
  return (
    <Stack>
      <Trail items={[{ to: '/referrals', label: t('referrals.title') }]} />
      <Title order={1}>{t('referrals.newTitle')}</Title>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack maw={720}>
          {error && <ErrorAlert error={error} />}
          <TextInput label={t('referrals.findPerson')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
          {search.trim() && options.data && !people.length && <Text c="dimmed">{t('referrals.noPerson')}</Text>}
          {people.length > 0 && (
            <Radio.Group
              label={t('referrals.pickPerson')}
              required
              value={participantId}
              onChange={setParticipantId}
              error={tried && missing.person ? t('common.required') : errs.participantId}
            >
              <Stack gap="xs" mt={4}>
                {people.map((p) => (
                  <Radio
                    key={p.id}
                    value={p.id}
                    label={`${p.personal?.name ?? p.pseudonymKey} (${p.pseudonymKey}${p.personal?.birthYear ? `, ${p.personal.birthYear}` : ''})`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <SelectField
            label={t('referrals.to')}
            value={to}
            onChange={(v) => {
              setTo(v);
              setProgrammeId('');
            }}
            data={[{ value: '', label: '—' }, ...orgs.map((o) => ({ value: o.id, label: pick(o, lang) }))]}
            error={tried && missing.to ? t('common.required') : errs.toOrganizationId}
            disabled={!!openingId}
            description={openingId ? t('referrals.forOpening') : undefined}
          />
          {to && (
            <SelectField
              label={t('referrals.programme')}
              value={programmeId}
              onChange={setProgrammeId}
              data={[
                { value: '', label: t('referrals.noProgramme') },
                ...programmes.map((p) => ({ value: p.id, label: lang === 'en' ? (p.titleEn ?? p.titleKo) : p.titleKo })),
              ]}
              error={errs.programmeId}
            />
          )}
          <SelectField
            label={t('referrals.reason')}
            value={reason}
            onChange={(v) => setReason(v as ReferralReason)}
            data={REFERRAL_REASONS.map((r) => ({ value: r, label: reasonOf(r, lang) }))}
          />
          <Textarea
            label={t('referrals.note')}
            description={t('referrals.noteHelp')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errs.note}
            autosize
            minRows={2}
            maxLength={1000}
          />
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h5">
                {t('referrals.sharingTitle')}
              </Title>
              <Checkbox label={t('referrals.sharingGiven')} checked={share} onChange={(e) => setShare(e.currentTarget.checked)} />
              {!share && <Text size="sm">{t('referrals.sharingNone')}</Text>}
              {share && (
                <>
                  <Checkbox.Group
                    label={t('referrals.items')}
                    required
                    value={items}
                    onChange={(v) => setItems(v as PersonalField[])}
                    error={tried && missing.items ? t('common.required') : undefined}
                  >
                    <Group gap="sm" mt={4}>
                      {PERSONAL_FIELDS.map((f) => (
                        <Checkbox key={f} value={f} label={label(PERSONAL_FIELD_LABELS, f, lang)} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                  <TextInput
                    label={t('referrals.purpose')}
                    required
                    value={purpose}
                    onChange={(e) => setPurpose(e.currentTarget.value)}
                    error={errs['sharing.purpose']}
                    maxLength={300}
                  />
                  <DateField
                    label={t('referrals.retention')}
                    required
                    value={until}
                    onChange={setUntil}
                    error={errs['sharing.retentionUntil']}
                    w={240}
                  />
                  <SelectField
                    label={t('referrals.method')}
                    value={method}
                    onChange={setMethod}
                    data={CONSENT_METHODS.map((m) => ({ value: m, label: label(CONSENT_METHOD_LABELS, m, lang) }))}
                    w={200}
                  />
                  <Alert color="blue.9" variant="outline" title={t('referrals.notice')}>
                    {t('referrals.noticeText', {
                      to: toName,
                      purpose,
                      items: itemsOf(items, lang) || '—',
                      until: calendarDay(until, lang) || '—',
                    })}
                  </Alert>
                  <Checkbox
                    label={t('referrals.refusalExplained')}
                    checked={explained}
                    onChange={(e) => setExplained(e.currentTarget.checked)}
                    error={tried && missing.explained ? t('common.required') : errs['sharing.refusalExplained']}
                  />
                </>
              )}
            </Stack>
          </Paper>
          <Group>
            <Button type="submit" loading={loading}>
              {t('referrals.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

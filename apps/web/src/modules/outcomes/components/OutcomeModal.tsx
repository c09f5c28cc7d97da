import { useState } from 'react';
import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPE_LABELS,
  OUTCOME_KINDS,
  OUTCOME_KIND_LABELS,
  OUTCOME_SOURCES,
  OUTCOME_SOURCE_LABELS,
  seoulDate,
  type EmploymentType,
  type OutcomeKind,
  type OutcomeSource,
} from '@lalaland/shared';
import { DateField } from '../../../components/DateField';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { RECORD_OUTCOME, type Journey } from '../graphql/outcomes';

/** Records an outcome: the fields its kind needs, how it is known, and the programmes (of this person's) that led there. */
export function OutcomeModal({ person, onClose, onDone }: { person: Journey; onClose: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [kind, setKind] = useState<OutcomeKind>('EMPLOYED');
  const [employmentType, setEmploymentType] = useState<EmploymentType>('FULL_TIME');
  const [businessNumber, setBusinessNumber] = useState('');
  const [certificateName, setCertificateName] = useState('');
  const [occurredOn, setOccurredOn] = useState(seoulDate());
  const [source, setSource] = useState<OutcomeSource>('SELF_REPORTED');
  const [evidence, setEvidence] = useState('');
  const [programmeIds, setProgrammeIds] = useState<string[]>([]);
  const [record, { loading, error }] = useMutation(RECORD_OUTCOME, { refetchQueries: ['ParticipantJourney'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  const programmes = [...new Map((person.enrolments ?? []).map((e) => [e.programme.id, e.programme])).values()];
  const submit = async () => {
    const r = await record({
      variables: {
        input: {
          participantId: person.id,
          kind,
          employmentType: kind === 'EMPLOYED' ? employmentType : null,
          businessNumber: kind === 'STARTED_BUSINESS' && businessNumber.trim() ? businessNumber.trim() : null,
          certificateName: kind === 'CERTIFIED' ? certificateName : null,
          occurredOn,
          source,
          evidence: evidence.trim() || null,
          programmeIds,
        },
      },
    }).catch(() => null);
    if (r?.data) {
      onDone(t('outcomes.outcomeSaved'));
      onClose();
    }
  };
  return (
    <FormModal title={t('outcomes.recordOutcome')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <SelectField
        label={t('outcomes.outcomeKind')}
        value={kind}
        onChange={(v) => setKind(v as OutcomeKind)}
        data={OUTCOME_KINDS.map((k) => ({ value: k, label: label(OUTCOME_KIND_LABELS, k, lang) }))}
      />
      {kind === 'EMPLOYED' && (
        <SelectField
          label={t('outcomes.employmentType')}
          value={employmentType}
          onChange={(v) => setEmploymentType(v as EmploymentType)}
          data={EMPLOYMENT_TYPES.map((k) => ({ value: k, label: label(EMPLOYMENT_TYPE_LABELS, k, lang) }))}
          error={errs.employmentType}
        />
      )}
      {kind === 'STARTED_BUSINESS' && (
        <TextInput
          label={t('outcomes.businessNumber')}
          value={businessNumber}
          onChange={(e) => setBusinessNumber(e.currentTarget.value)}
          error={errs.businessNumber}
          inputMode="numeric"
        />
      )}
      {kind === 'CERTIFIED' && (
        <TextInput
          label={t('outcomes.certificateName')}
          required
          value={certificateName}
          onChange={(e) => setCertificateName(e.currentTarget.value)}
          error={errs.certificateName}
        />
      )}
      <DateField label={t('outcomes.occurredOn')} required value={occurredOn} onChange={setOccurredOn} error={errs.occurredOn} w={220} />
      <SelectField
        label={t('outcomes.source')}
        value={source}
        onChange={(v) => setSource(v as OutcomeSource)}
        data={OUTCOME_SOURCES.map((k) => ({ value: k, label: label(OUTCOME_SOURCE_LABELS, k, lang) }))}
      />
      <TextInput
        label={t('outcomes.evidence')}
        description={t('outcomes.evidenceHelp')}
        required={source === 'VERIFIED'}
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        error={errs.evidence}
      />
      {programmes.length > 0 && (
        <Checkbox.Group label={t('outcomes.programmes')} value={programmeIds} onChange={setProgrammeIds} error={errs.programmeIds}>
          <Stack gap="xs" mt={4}>
            {programmes.map((p) => (
              <Checkbox key={p.id} value={p.id} label={lang === 'en' ? (p.titleEn ?? p.titleKo) : p.titleKo} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </FormModal>
  );
}

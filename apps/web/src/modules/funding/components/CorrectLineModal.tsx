import { useState } from 'react';
import { NumberInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS } from '@lalaland/shared';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { CORRECT_LINE, STREAM_CLOSING } from '../graphql/closing';
import type { Stream } from '../graphql/stream';

/** A closed year's budget line corrected: the new planned amount and the reason, recorded with the closing and audited. */
export function CorrectLineModal({ stream, onClose, onDone }: { stream: Stream; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [lineId, setLineId] = useState(stream.budgetLines[0]?.id ?? '');
  const line = stream.budgetLines.find((l) => l.id === lineId);
  const [amount, setAmount] = useState<number>(line?.plannedAmount ?? 0);
  const [reason, setReason] = useState('');
  const [correct, { loading, error }] = useMutation(CORRECT_LINE, {
    refetchQueries: [{ query: STREAM_CLOSING, variables: { id: stream.id } }, 'FundingStream'],
    awaitRefetchQueries: true,
  });
  return (
    <FormModal
      title={t('funding.closing.correctTitle')}
      onClose={onClose}
      error={error}
      loading={loading}
      submitLabel={t('funding.closing.correctSubmit')}
      onSubmit={async () => {
        const r = await correct({ variables: { input: { id: lineId, plannedAmount: amount, correctionReason: reason.trim() } } }).catch(
          () => null,
        );
        if (r?.data) onDone();
      }}
    >
      <SelectField
        label={t('funding.line')}
        value={lineId}
        data={stream.budgetLines.map((l) => ({
          value: l.id,
          label: `${pick(l.organization, lang)} · ${label(BUDGET_CATEGORY_LABELS, l.category, lang)} · ${label(FUNDING_SOURCE_LABELS, l.source, lang)}`,
        }))}
        onChange={(id) => {
          setLineId(id);
          setAmount(stream.budgetLines.find((l) => l.id === id)?.plannedAmount ?? 0);
        }}
      />
      <NumberInput label={t('funding.planned')} value={amount} min={0} thousandSeparator="," onChange={(v) => setAmount(Number(v) || 0)} />
      <Textarea
        label={t('funding.closing.correctionReason')}
        description={t('funding.closing.correctionHelp')}
        required
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
    </FormModal>
  );
}

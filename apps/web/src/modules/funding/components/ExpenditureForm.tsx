import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatWon, BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS } from '@lalaland/shared';
import { errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { CREATE, type Stream, type Line } from '../graphql/stream';
import { label } from '../../../components/labels';
import { DateField } from '../../../components/DateField';

export function ExpenditureForm({
  stream: s,
  lines,
  opened,
  onClose,
  onSaved,
}: {
  stream: Stream;
  lines: Line[];
  opened: boolean;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [create, state] = useMutation(CREATE, { refetchQueries: ['FundingStream'], awaitRefetchQueries: true });
  const [lineId, setLineId] = useState(lines[0]?.id ?? '');
  const [amount, setAmount] = useState<number | string>('');
  const [spentOn, setSpentOn] = useState('');
  const [description, setDescription] = useState('');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [enaraNumber, setEnaraNumber] = useState('');
  const [submitNow, setSubmitNow] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const fields = fieldErrors(error, lang);
  // An empty amount is "required", not "too small" (the API sees 0).
  const [sentEmpty, setSentEmpty] = useState(false);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setSentEmpty(amount === '');
    try {
      // An amount below 1 goes as 0, which the API refuses naming the allowed range (a negative is never made positive).
      await create({
        variables: {
          input: {
            budgetLineId: lineId,
            amount: typeof amount === 'number' && amount > 0 ? amount : 0,
            spentOn,
            description,
            evidenceRef: evidenceRef || null,
            enaraNumber: enaraNumber || null,
            submit: submitNow,
          },
        },
      });
      onSaved(submitNow ? t('funding.submitted') : t('funding.saved'));
      setAmount('');
      setDescription('');
      setEvidenceRef('');
      setEnaraNumber('');
      onClose();
    } catch (err) {
      setError(err);
    }
  };
  // Above the line's balance: submitting is allowed (the lead decides), but it cannot be approved as it is; say so now.
  const line = lines.find((l) => l.id === lineId);
  const over = line && typeof amount === 'number' ? amount - line.remaining : 0;
  const general = error && Object.keys(fields).length === 0 ? errorMessage(error, lang, t('common.networkError')) : null;
  const lineLabel = (l: Line) =>
    `${label(BUDGET_CATEGORY_LABELS, l.category, lang)} · ${label(FUNDING_SOURCE_LABELS, l.source, lang)} (${t('funding.remaining')} ${formatWon(l.remaining)})`;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('funding.newExpenditure')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          {general && (
            <Alert color="red" variant="outline" role="alert">
              {general}
            </Alert>
          )}
          <SelectField
            label={t('funding.line')}
            value={lineId}
            onChange={setLineId}
            data={lines.map((l) => ({ value: l.id, label: lineLabel(l) }))}
          />
          <NumberInput
            clampBehavior="none"
            label={t('funding.amount')}
            required
            value={amount}
            onChange={setAmount}
            min={1}
            step={10000}
            thousandSeparator=","
            allowDecimal={false}
            error={sentEmpty && fields.amount ? t('common.required') : fields.amount}
          />
          {over > 0 && (
            <Alert color="yellow.9" variant="outline" role="status">
              {t('funding.overBalance', { remaining: formatWon(line!.remaining), over: formatWon(over) })}
            </Alert>
          )}
          <DateField
            label={t('funding.spentOn')}
            required
            min={s.periodStart}
            max={s.periodEnd}
            value={spentOn}
            onChange={setSpentOn}
            error={fields.spentOn}
          />
          <TextInput
            label={t('funding.description')}
            required
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fields.description}
          />
          <TextInput
            label={t('funding.evidenceRef')}
            value={evidenceRef}
            onChange={(e) => setEvidenceRef(e.currentTarget.value)}
            error={fields.evidenceRef}
          />
          <TextInput
            label={t('funding.enaraNumber')}
            value={enaraNumber}
            onChange={(e) => setEnaraNumber(e.currentTarget.value)}
            error={fields.enaraNumber}
          />
          <Checkbox label={t('funding.submitNow')} checked={submitNow} onChange={(e) => setSubmitNow(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={state.loading}>
              {submitNow ? t('funding.submit') : t('funding.saveDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

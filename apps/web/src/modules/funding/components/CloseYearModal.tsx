import { useState } from 'react';
import { Alert, NumberInput, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCE_LABELS, formatWon } from '@lalaland/shared';
import { FormModal } from '../../../components/FormModal';
import { PageLoader } from '../../../components/PageLoader';
import { label } from '../../../components/labels';
import { CLOSE_YEAR, SETTLEMENT_DRAFT, STREAM_CLOSING } from '../graphql/closing';

type Row = { returned: number; carriedOver: number; reason: string };

/** The lead settles each source of money (executed + returned + carried over = planned) and closes the year. */
export function CloseYearModal({
  streamId,
  year,
  onClose,
  onClosed,
}: {
  streamId: string;
  year: number;
  onClose: () => void;
  onClosed: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading } = useQuery(SETTLEMENT_DRAFT, { variables: { id: streamId }, fetchPolicy: 'network-only' });
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [note, setNote] = useState('');
  const [close, { loading: saving, error }] = useMutation(CLOSE_YEAR, {
    refetchQueries: [{ query: STREAM_CLOSING, variables: { id: streamId } }],
    awaitRefetchQueries: true,
  });
  const draft = data?.settlementDraft ?? [];
  const rowOf = (source: string, remaining: number): Row => rows[source] ?? { returned: remaining, carriedOver: 0, reason: '' };
  const set = (source: string, remaining: number, patch: Partial<Row>) =>
    setRows((all) => ({ ...all, [source]: { ...rowOf(source, remaining), ...patch } }));
  return (
    <FormModal
      title={t('funding.closing.closeTitle', { year })}
      size="xl"
      onClose={onClose}
      error={error}
      loading={saving || loading}
      danger
      submitLabel={t('funding.closing.closeSubmit')}
      onSubmit={async () => {
        if (loading) return; // the settlement is drawn from the draft: nothing is sent before it has loaded
        const settlement = draft.map((d) => {
          const r = rowOf(d.source, d.planned - d.executed);
          return { source: d.source, returned: r.returned, carriedOver: r.carriedOver, reason: r.reason.trim() || null };
        });
        const r = await close({ variables: { input: { streamId, settlement, note: note.trim() || null } } }).catch(() => null);
        if (r?.data) onClosed();
      }}
    >
      <Alert color="orange" variant="outline">
        {t('funding.closing.warning')}
      </Alert>
      {loading && <PageLoader />}
      <Stack gap="md">
        {draft.map((d) => {
          const remaining = d.planned - d.executed;
          const r = rowOf(d.source, remaining);
          const off = r.returned + r.carriedOver !== remaining;
          return (
            <Stack key={d.source} gap={6} data-settlement={d.source}>
              <Text fw={600}>{label(FUNDING_SOURCE_LABELS, d.source, lang)}</Text>
              <Table withRowBorders={false} verticalSpacing={2}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th scope="row">{t('funding.planned')}</Table.Th>
                    <Table.Td className="lal-num">{formatWon(d.planned)}</Table.Td>
                    <Table.Th scope="row">{t('funding.executed')}</Table.Th>
                    <Table.Td className="lal-num">{formatWon(d.executed)}</Table.Td>
                    <Table.Th scope="row">{t('funding.remaining')}</Table.Th>
                    <Table.Td className="lal-num">{formatWon(remaining)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <NumberInput
                label={t('funding.closing.returned', { source: label(FUNDING_SOURCE_LABELS, d.source, lang) })}
                value={r.returned}
                min={0}
                max={remaining}
                thousandSeparator=","
                onChange={(v) => set(d.source, remaining, { returned: Number(v) || 0 })}
                error={off ? t('funding.closing.mismatch', { remaining: formatWon(remaining) }) : undefined}
              />
              <NumberInput
                label={t('funding.closing.carriedOver', { source: label(FUNDING_SOURCE_LABELS, d.source, lang) })}
                value={r.carriedOver}
                min={0}
                max={remaining}
                thousandSeparator=","
                onChange={(v) => set(d.source, remaining, { carriedOver: Number(v) || 0 })}
              />
              {remaining > 0 && (
                <Textarea
                  label={t('funding.closing.reason', { source: label(FUNDING_SOURCE_LABELS, d.source, lang) })}
                  required
                  maxLength={500}
                  value={r.reason}
                  onChange={(e) => set(d.source, remaining, { reason: e.currentTarget.value })}
                />
              )}
            </Stack>
          );
        })}
        <Textarea label={t('funding.closing.note')} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      </Stack>
    </FormModal>
  );
}

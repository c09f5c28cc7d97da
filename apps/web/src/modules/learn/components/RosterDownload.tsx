import { useState } from 'react';
import { Button, Text, Textarea } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { FormModal } from '../../../components/FormModal';

const POLICY = graphql(`
  query RosterDownloadPolicy {
    personalDataPolicy {
      bulkReasonThreshold
    }
  }
`);

/**
 * The roster's files. Above the organization's threshold the download first asks why (kept for the monthly access-log
 * review); otherwise the links download at once. The server decides either way.
 */
export function RosterDownload({ programmeId, people }: { programmeId: string; people: number }) {
  const { t } = useTranslation();
  const { data } = useQuery(POLICY);
  const [format, setFormat] = useState<'xlsx' | 'csv' | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const threshold = data?.personalDataPolicy.bulkReasonThreshold;
  const asks = threshold !== undefined && people > threshold;
  const href = (f: 'xlsx' | 'csv', why?: string) =>
    `/exports/programmes/${programmeId}/roster.${f}${why ? `?reason=${encodeURIComponent(why)}` : ''}`;
  const button = (f: 'xlsx' | 'csv', text: string) =>
    asks ? (
      <Button variant="default" onClick={() => setFormat(f)}>
        {text}
      </Button>
    ) : (
      <Button component="a" href={href(f)} variant="default" download>
        {text}
      </Button>
    );
  return (
    <>
      <Button.Group>
        {button('xlsx', t('learn.exportXlsx'))}
        {button('csv', t('learn.exportCsv'))}
      </Button.Group>
      {format && (
        <FormModal
          title={t('learn.bulkReasonTitle')}
          submitLabel={t('learn.bulkReasonSubmit')}
          onClose={() => {
            setFormat(null);
            setTouched(false);
          }}
          onSubmit={() => {
            setTouched(true);
            if (!reason.trim()) return;
            const a = document.createElement('a');
            a.href = href(format, reason.trim());
            a.download = '';
            a.click();
            setFormat(null);
            setReason('');
            setTouched(false);
          }}
        >
          <Text size="sm">{t('learn.bulkReasonIntro', { n: people, threshold })}</Text>
          <Textarea
            label={t('learn.bulkReason')}
            required
            maxLength={500}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && !reason.trim() ? t('common.required') : undefined}
          />
        </FormModal>
      )}
    </>
  );
}

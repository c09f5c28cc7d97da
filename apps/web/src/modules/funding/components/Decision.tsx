import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../common/ErrorAlert';

const APPROVE = graphql(`
  mutation ApproveExpenditure($id: ID!) {
    approveExpenditure(id: $id) {
      id
      status
    }
  }
`);
const REJECT = graphql(`
  mutation RejectExpenditure($id: ID!, $reason: String!) {
    rejectExpenditure(id: $id, reason: $reason) {
      id
      status
      rejectReason
    }
  }
`);

/** Approve and reject buttons for a submitted expenditure (lead admins); the result goes to onDone, errors to onError. */
export function DecisionButtons({ id, label, onDone, onError }: { id: string; label: string; onDone: (message: string) => void; onError: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const refetchQueries = ['FundingStream', 'ApprovalQueue', 'FundingStreams'];
  const [approve, approving] = useMutation(APPROVE, { refetchQueries, awaitRefetchQueries: true });
  const [reject, rejecting] = useMutation(REJECT, { refetchQueries, awaitRefetchQueries: true });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const onApprove = async () => {
    try {
      await approve({ variables: { id } });
      onDone(t('funding.approved'));
    } catch (e) {
      onError(errorMessage(e, i18n.language, t('common.networkError')));
    }
  };
  const onReject = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await reject({ variables: { id, reason } });
      setOpen(false);
      setReason('');
      onDone(t('funding.rejected'));
    } catch (err) {
      const fields = fieldErrors(err, i18n.language);
      setReasonError(fields.reason ?? errorMessage(err, i18n.language, t('common.networkError')));
    }
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" onClick={() => void onApprove()} loading={approving.loading} aria-label={`${t('funding.approve')}: ${label}`}>
        {t('funding.approve')}
      </Button>
      <Button size="xs" variant="outline" color="red.8" onClick={() => setOpen(true)} aria-label={`${t('funding.reject')}: ${label}`}>
        {t('funding.reject')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('funding.rejectTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form onSubmit={(e) => void onReject(e)} noValidate>
          <Stack>
            <Textarea label={t('funding.rejectReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} autosize minRows={2} data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.8" loading={rejecting.loading}>
                {t('funding.reject')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}

import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatWon } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { NoticeValue } from '../../../components/Notice';

const APPROVE = graphql(`
  mutation ApproveExpenditure($id: ID!) {
    approveExpenditure(id: $id) {
      id
      status
    }
  }
`);
const UNDO = graphql(`
  mutation UndoExpenditureDecision($id: ID!) {
    undoExpenditureDecision(id: $id) {
      id
      status
      rejectReason
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

/**
 * Approve and reject buttons for a submitted expenditure (lead admins). The outcome goes to `notify`; a decision's
 * notice offers "되돌리기" (the deciding admin can take it back for 10 minutes: the row has left the queue by then, so
 * the undo runs from the notice, not from this component).
 */
export function DecisionButtons({
  id,
  label,
  amount,
  notify,
}: {
  id: string;
  label: string;
  amount: number;
  notify: (notice: NoticeValue) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const refetchQueries = ['FundingStream', 'ApprovalQueue', 'FundingStreams'];
  const onError = (text: string) => notify({ ok: false, text });
  const undo = () =>
    void client
      .mutate({ mutation: UNDO, variables: { id }, refetchQueries, awaitRefetchQueries: true })
      .then(() => notify({ ok: true, text: t('funding.undone', { what: label }) }))
      .catch((e: unknown) => onError(errorMessage(e, i18n.language, t('common.networkError'))));
  const onDone = (text: string) => notify({ ok: true, text, action: { label: t('funding.undo'), run: undo } });
  const [approve, approving] = useMutation(APPROVE, { refetchQueries, awaitRefetchQueries: true });
  const [reject, rejecting] = useMutation(REJECT, { refetchQueries, awaitRefetchQueries: true });
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const onApprove = async () => {
    try {
      await approve({ variables: { id } });
      setConfirming(false);
      onDone(t('funding.approved'));
    } catch (e) {
      setConfirming(false);
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
      <Button size="xs" onClick={() => setConfirming(true)} aria-label={`${t('funding.approve')}: ${label}`}>
        {t('funding.approve')}
      </Button>
      <Button size="xs" variant="outline" color="red.8" onClick={() => setOpen(true)} aria-label={`${t('funding.reject')}: ${label}`}>
        {t('funding.reject')}
      </Button>
      {confirming && (
        <ConfirmDialog
          title={t('funding.confirmApprove.title')}
          consequence={t('funding.confirmApprove.body', { what: `${label} (${formatWon(amount)})` })}
          confirmLabel={t('funding.approve')}
          danger={false}
          loading={approving.loading}
          onClose={() => setConfirming(false)}
          onConfirm={onApprove}
        />
      )}
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('funding.rejectTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={(e) => void onReject(e)} noValidate>
          <Stack>
            <Textarea
              label={t('funding.rejectReason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
              autosize
              minRows={2}
              data-autofocus
            />
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

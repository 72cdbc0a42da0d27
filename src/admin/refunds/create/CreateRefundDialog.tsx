import { useState } from 'react';
import { Alert, Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCreate, useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { formatFen, typedYuanToFen } from '../../../domain/money.ts';
import { checkRefundAmount } from '../../../domain/refundAmount.ts';
import type { ApiRefund } from '../../../domain/refundRecord.ts';
import { refundCreateInput } from '../../../domain/refundInputs.ts';
import { failureText, type HttpFailure } from '../../common/httpFailure.ts';
import type { CancelDeskDataProvider } from '../../dataProvider.ts';
import { ActionDialog } from '../../requests/actions/ActionDialog.tsx';
import { RefundReasonField } from '../actions/RefundReasonField.tsx';
import { YuanAmountField } from '../actions/YuanAmountField.tsx';
import type { Account } from '../../types.ts';

interface CreateRefundDialogProps {
  account: Pick<Account, 'id' | 'accountNumber'>;
  onClose: () => void;
}

/**
 * A refund on request, outside a cancellation: an amount no more than the
 * account's refundable balance (asked of the server, checked with the domain's
 * rule as the server does) and a reason. It waits for finance's approval.
 */
const CreateRefundDialog = ({ account, onClose }: CreateRefundDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const facts = useQuery({
    queryKey: ['accounts', 'refundable', account.id],
    queryFn: () => dataProvider.refundable(account.id),
  });
  const [create, { isPending }] = useCreate<ApiRefund>();

  const amountFen = typedYuanToFen(amount);
  const amountCheck = amountFen !== null && facts.data ? checkRefundAmount(amountFen, facts.data) : null;
  const parsed = refundCreateInput.safeParse({ accountId: account.id, amountFen, reason });
  const invalidReason = !parsed.success && parsed.error.issues.some((i) => i.path[0] === 'reason');
  const money = facts.data && {
    refundable: formatFen(facts.data.refundableFen),
    balance: formatFen(facts.data.balanceFen),
    held: formatFen(facts.data.heldFen),
  };
  const amountError =
    amountFen === null || (amountCheck && !amountCheck.ok && amountCheck.status === 400)
      ? translate('resources.refunds.dialogs.create_amount_invalid')
      : amountCheck && !amountCheck.ok
        ? translate('resources.refunds.dialogs.create_amount_over', money ?? {})
        : null;

  const submit = () => {
    setSubmitted(true);
    if (!parsed.success || amountError) return;
    setFailure(null);
    create(
      'refunds',
      { data: parsed.data },
      {
        onSuccess: (refund) => {
          notify('resources.refunds.dialogs.created', {
            type: 'success',
            messageArgs: { id: refund.id, amount: formatFen(refund.amountFen) },
          });
          onClose();
          redirect('show', 'refunds', refund.id);
        },
        onError: (error) => {
          setFailure(failureText(error as HttpFailure, translate));
          void facts.refetch();
        },
      },
    );
  };

  const nothing = facts.data?.refundableFen === 0;
  // Nothing to refund, or the amounts could not be read: the dialog says why and cannot be confirmed.
  const problem = facts.isError ? failureText(facts.error as HttpFailure, translate) : failure;
  const blocked = facts.isError
    ? problem
    : nothing && money
      ? translate('resources.refunds.dialogs.create_nothing', money)
      : null;
  return (
    <ActionDialog
      title={translate('resources.refunds.dialogs.create_title', { account: account.accountNumber })}
      confirmLabel={translate('resources.refunds.dialogs.create_confirm')}
      onConfirm={submit}
      onClose={onClose}
      pending={isPending}
      blockedReason={blocked}
      problemAlert={problem && <Alert severity="error">{problem}</Alert>}
    >
      {money && !nothing ? (
        <Alert severity="info" variant="outlined">
          {translate('resources.refunds.dialogs.create_facts', money)}
        </Alert>
      ) : (
        !money && !facts.isError && <Skeleton variant="rounded" height={48} />
      )}
      <YuanAmountField
        autoFocus
        label={translate('resources.refunds.dialogs.create_amount')}
        value={amount}
        onChange={setAmount}
        fen={amountFen}
        error={submitted ? amountError : null}
      />
      <RefundReasonField kind="create" value={reason} onChange={setReason} invalid={submitted && invalidReason} />
    </ActionDialog>
  );
};

export default CreateRefundDialog;

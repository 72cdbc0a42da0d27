import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { rejectInput } from '../../../domain/actionInputs.ts';
import { REJECT_REASON_CODES, type RejectReasonCode } from '../../../domain/vocabulary.ts';
import { useRequestAccount } from '../useRequestRelated.ts';
import { ActionDialog } from './ActionDialog.tsx';
import type { ActionDialogProps } from './actionProps.ts';
import { REJECT_MESSAGE_TEMPLATES } from './customerTemplates.ts';
import { DecisionConsequences } from './DecisionConsequences.tsx';
import { useCustomerLanguage } from './useCustomerLanguage.ts';
import { useDisabledReason } from './useDisabledReason.ts';
import { useWorkflowDialog } from './useWorkflowDialog.ts';

const MESSAGE_MAX = rejectInput.shape.customerMessage.maxLength ?? 2000;

/**
 * Reject: a reason code, the message the customer reads (prefilled from the
 * reason's template in the customer's language, editable) and an internal note.
 * Checked with the same zod schema the server validates with.
 */
const RejectDialog = ({ request, check, onClose }: ActionDialogProps) => {
  const translate = useTranslate();
  const { language, known } = useCustomerLanguage(request);
  const { data: account } = useRequestAccount(request);
  // The reasons this status allows (src/domain/awaitingCustomer): while awaiting the customer, no response only.
  const awaiting = request.status === 'awaiting_customer';
  const reasons = REJECT_REASON_CODES.filter((code) => (code === 'no_response') === awaiting);
  const [reasonCode, setReasonCode] = useState<RejectReasonCode | ''>(awaiting ? 'no_response' : '');
  const [message, setMessage] = useState(awaiting ? REJECT_MESSAGE_TEMPLATES[language].no_response : '');
  const [edited, setEdited] = useState(false);
  const [note, setNote] = useState('');
  const { confirm, submitted, dialogProps } = useWorkflowDialog(request, onClose);
  const blocked = useDisabledReason('reject', check, request);

  const body = { reasonCode, customerMessage: message, internalNote: note.trim() || null };
  const parsed = rejectInput.safeParse(body);
  const invalid = new Set(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0])));
  const showErrors = submitted && !parsed.success;

  const pickReason = (code: RejectReasonCode) => {
    setReasonCode(code);
    // A template replaces the text only while the reviewer has not written their own.
    if (!edited || message.trim() === '') {
      setMessage(REJECT_MESSAGE_TEMPLATES[language][code]);
      setEdited(false);
    }
  };

  return (
    <ActionDialog
      title={translate('resources.requests.dialogs.reject_title', { number: request.number })}
      confirmLabel={translate('resources.requests.dialogs.reject_confirm')}
      confirmColor="error"
      blockedReason={blocked}
      {...dialogProps}
      onConfirm={() => confirm(parsed.success ? { action: 'reject', body: parsed.data } : null)}
      confirmAndNextLabel={translate('resources.requests.dialogs.reject_and_next')}
      onConfirmAndNext={() =>
        confirm(parsed.success ? { action: 'reject', body: parsed.data } : null, { andNext: true })
      }
    >
      <DecisionConsequences decision="reject" request={request} account={account} />
      <TextField
        select
        required
        label={translate('resources.requests.fields.rejectReasonCode')}
        value={reasonCode}
        onChange={(e) => pickReason(e.target.value as RejectReasonCode)}
        error={showErrors && invalid.has('reasonCode')}
        helperText={
          showErrors && invalid.has('reasonCode') ? translate('resources.requests.dialogs.reason_required') : ' '
        }
        size="small"
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'reject-reason' } }}
      >
        {reasons.map((code) => (
          <MenuItem key={code} value={code}>
            {translate(`resources.requests.enums.rejectReasonCode.${code}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        required
        multiline
        minRows={4}
        label={translate('resources.requests.fields.customerMessage')}
        value={message}
        onChange={(e) => {
          setMessage(e.target.value);
          setEdited(true);
        }}
        error={showErrors && invalid.has('customerMessage')}
        helperText={
          showErrors && invalid.has('customerMessage')
            ? translate('resources.requests.dialogs.message_required', { max: MESSAGE_MAX })
            : translate(
                reasonCode === ''
                  ? 'resources.requests.dialogs.message_pick_reason'
                  : known
                    ? 'resources.requests.dialogs.message_language'
                    : 'resources.requests.dialogs.message_language_ui',
                {
                  language: translate(`resources.users.enums.language.${language}`),
                  count: message.length,
                  max: MESSAGE_MAX,
                },
              )
        }
        fullWidth
      />
      <TextField
        multiline
        minRows={2}
        label={translate('resources.requests.fields.internalNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={showErrors && invalid.has('internalNote')}
        helperText={translate('resources.requests.dialogs.internal_note_hint')}
        fullWidth
      />
    </ActionDialog>
  );
};

export default RejectDialog;

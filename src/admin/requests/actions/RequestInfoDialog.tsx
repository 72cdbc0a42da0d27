import { useState } from 'react';
import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { requestInfoInput } from '../../../domain/actionInputs.ts';
import { documentsToAskFor } from '../../../domain/infoRequest.ts';
import { documentChecklist, requiredDocumentTypes } from '../../../domain/requiredDocuments.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../../../domain/vocabulary.ts';
import { useAccountOrders, useRequestDocuments } from '../useRequestRelated.ts';
import { ActionDialog } from './ActionDialog.tsx';
import type { ActionDialogProps } from './actionProps.ts';
import { infoRequestTemplate } from './customerTemplates.ts';
import { useCustomerLanguage } from './useCustomerLanguage.ts';
import { useDisabledReason } from './useDisabledReason.ts';
import { useWorkflowDialog } from './useWorkflowDialog.ts';

const MESSAGE_MAX = requestInfoInput.shape.message.maxLength ?? 2000;

/**
 * Ask the customer for more, in one message: which documents (every required
 * one missing and every one rejected, not finally, is ticked to begin with:
 * src/domain/infoRequest), which open orders to finish or cancel (all ticked),
 * and a message prefilled in the customer's language that speaks only of what
 * is listed. The customer is told by email and SMS.
 */
const RequestInfoDialog = ({ request, check, onClose }: ActionDialogProps) => {
  const translate = useTranslate();
  const { language, known } = useCustomerLanguage(request);
  const { data: documents } = useRequestDocuments(request);
  const { data: orders } = useAccountOrders(request.accountId);
  const [chosen, setChosen] = useState<DocumentType[] | null>(null);
  const [chosenOrders, setChosenOrders] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { confirm, submitted, dialogProps } = useWorkflowDialog(request, onClose);
  const blocked = useDisabledReason('request_info', check, request);

  const checklist = documentChecklist(requiredDocumentTypes(request), documents ?? []);
  const finalRejections = new Set((documents ?? []).filter((d) => d.rejectionFinal).map((d) => d.id));
  const needed = documentsToAskFor(
    checklist.map((e) => ({ ...e, rejectionFinal: e.documentId != null && finalRejections.has(e.documentId) })),
  );
  const selected = chosen ?? needed;
  const openOrders = (orders ?? []).filter((o) => o.status === 'open');
  const selectedOrders = chosenOrders ?? openOrders.map((o) => o.orderNumber);
  const text = message ?? infoRequestTemplate(language, { documents: selected.length, orders: selectedOrders.length });
  const statusOf = new Map(checklist.map((e) => [e.type, e]));

  const parsed = requestInfoInput.safeParse({ documentTypes: selected, openOrders: selectedOrders, message: text });
  const messageInvalid = submitted && !parsed.success && parsed.error.issues.some((i) => i.path[0] === 'message');
  const toggle = (type: DocumentType) =>
    setChosen(
      selected.includes(type)
        ? selected.filter((t) => t !== type)
        : DOCUMENT_TYPES.filter((t) => t === type || selected.includes(t)),
    );

  return (
    <ActionDialog
      title={translate('resources.requests.dialogs.request_info_title', { number: request.number })}
      confirmLabel={translate('resources.requests.dialogs.request_info_confirm')}
      blockedReason={blocked}
      {...dialogProps}
      onConfirm={() => confirm(parsed.success ? { action: 'request_info', body: parsed.data } : null)}
    >
      <Typography variant="body2">{translate('resources.requests.dialogs.request_info_intro')}</Typography>
      <FormControl component="fieldset">
        <FormLabel component="legend">{translate('resources.requests.fields.requestedDocTypes')}</FormLabel>
        <FormGroup>
          {DOCUMENT_TYPES.map((type) => {
            const entry = statusOf.get(type);
            const state = entry
              ? `${translate(entry.required ? 'resources.documents.required' : 'resources.documents.optional')} · ${translate(`resources.documents.enums.status.${entry.status}`)}`
              : null;
            return (
              <FormControlLabel
                key={type}
                control={<Checkbox size="small" checked={selected.includes(type)} onChange={() => toggle(type)} />}
                label={
                  <span>
                    {translate(`resources.documents.enums.type.${type}`)}
                    {state && (
                      <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                        {state}
                      </Typography>
                    )}
                  </span>
                }
              />
            );
          })}
        </FormGroup>
        <FormHelperText>
          {translate(
            selected.length
              ? 'resources.requests.dialogs.request_info_docs_hint'
              : 'resources.requests.dialogs.request_info_no_docs',
          )}
        </FormHelperText>
      </FormControl>
      {openOrders.length > 0 && (
        <FormControl component="fieldset">
          <FormLabel component="legend">{translate('resources.requests.dialogs.request_info_orders')}</FormLabel>
          <FormGroup>
            {openOrders.map((o) => (
              <FormControlLabel
                key={o.id}
                control={
                  <Checkbox
                    size="small"
                    checked={selectedOrders.includes(o.orderNumber)}
                    onChange={() =>
                      setChosenOrders(
                        selectedOrders.includes(o.orderNumber)
                          ? selectedOrders.filter((n) => n !== o.orderNumber)
                          : [...selectedOrders, o.orderNumber],
                      )
                    }
                  />
                }
                label={`${o.orderNumber} · ${o.name}`}
              />
            ))}
          </FormGroup>
          <FormHelperText>{translate('resources.requests.dialogs.request_info_orders_hint')}</FormHelperText>
        </FormControl>
      )}
      <TextField
        required
        multiline
        minRows={3}
        label={translate('resources.requests.dialogs.message_to_customer')}
        value={text}
        onChange={(e) => setMessage(e.target.value)}
        error={messageInvalid}
        helperText={
          messageInvalid
            ? translate('resources.requests.dialogs.message_required', { max: MESSAGE_MAX })
            : translate(
                known
                  ? 'resources.requests.dialogs.message_language'
                  : 'resources.requests.dialogs.message_language_ui',
                {
                  language: translate(`resources.users.enums.language.${language}`),
                  count: text.length,
                  max: MESSAGE_MAX,
                },
              )
        }
        fullWidth
      />
      <Typography variant="caption" color="text.secondary">
        {translate('resources.requests.dialogs.request_info_effect')}
      </Typography>
    </ActionDialog>
  );
};

export default RequestInfoDialog;

import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { refundReasonInput } from '../../../domain/refundInputs.ts';

// Every refund action's reason is the same schema (refundInputs.ts): its limit is theirs too.
const REASON_MAX = refundReasonInput.shape.reason.maxLength ?? 500;

interface RefundReasonFieldProps {
  /** Picks the label and hint: resources.refunds.dialogs.<kind>_reason and <kind>_reason_hint. */
  kind: 'reject' | 'fail' | 'amend' | 'create';
  value: string;
  onChange: (text: string) => void;
  /** Shows the "say why, at most N characters" error instead of the hint. */
  invalid: boolean;
  minRows?: number;
}

/** The reason a refund dialog asks for: required, with what it is for below it. */
export const RefundReasonField = ({ kind, value, onChange, invalid, minRows = 2 }: RefundReasonFieldProps) => {
  const translate = useTranslate();
  return (
    <TextField
      required
      multiline
      minRows={minRows}
      label={translate(`resources.refunds.dialogs.${kind}_reason`)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={invalid}
      helperText={
        invalid
          ? translate('resources.refunds.dialogs.reason_required', { max: REASON_MAX })
          : translate(`resources.refunds.dialogs.${kind}_reason_hint`)
      }
      fullWidth
    />
  );
};

import { InputAdornment, TextField } from '@mui/material';
import { formatFen } from '../../../domain/money.ts';

interface YuanAmountFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** The typed amount in fen (typedYuanToFen), echoed below the field as it will be sent. */
  fen: number | null;
  /** Shown instead of the echo, in red, once the form was submitted with a bad amount. */
  error: string | null;
  autoFocus?: boolean;
}

/** An amount typed in yuan in a refund dialog: ¥ in front, a decimal keyboard, the amount read back in fen's words. */
export const YuanAmountField = ({ label, value, onChange, fen, error, autoFocus }: YuanAmountFieldProps) => (
  <TextField
    required
    autoFocus={autoFocus}
    label={label}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    error={!!error}
    helperText={error ?? (fen !== null ? formatFen(fen) : ' ')}
    slotProps={{
      input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
      htmlInput: { inputMode: 'decimal' },
    }}
    sx={{ maxWidth: 240 }}
  />
);

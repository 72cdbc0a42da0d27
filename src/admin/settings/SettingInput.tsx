import { InputAdornment, TextField } from '@mui/material';
import { InputHelperText, useInput } from 'react-admin';
import type { SettingsFormValues } from './settingsForm.ts';

interface Props {
  source: keyof SettingsFormValues;
  label: string;
  /** One line: what the setting changes. */
  helperText: string;
  /** Whole numbers (days, percent): the value is a number, or null while empty. */
  numeric?: boolean;
  start?: string;
  end?: string;
}

/**
 * One setting: react-admin's form state (value, the schema's verdict) on a
 * plain MUI TextField, with its unit beside the number. react-admin's own
 * TextInput hands MUI 9 the `InputProps` it no longer takes.
 */
export const SettingInput = ({ source, label, helperText, numeric = false, start, end }: Props) => {
  const { field, fieldState, isRequired } = useInput({ source });
  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  const value: unknown = field.value;
  return (
    <TextField
      name={field.name}
      inputRef={field.ref}
      value={value ?? ''}
      onBlur={field.onBlur}
      onChange={(e) =>
        field.onChange(numeric ? (e.target.value.trim() === '' ? null : Number(e.target.value)) : e.target.value)
      }
      label={label}
      required={isRequired}
      error={Boolean(error)}
      helperText={<InputHelperText error={error} helperText={helperText} />}
      size="small"
      fullWidth
      sx={{ maxWidth: 520 }}
      slotProps={{
        input: {
          startAdornment: start ? <InputAdornment position="start">{start}</InputAdornment> : undefined,
          endAdornment: end ? <InputAdornment position="end">{end}</InputAdornment> : undefined,
        },
        htmlInput: numeric ? { inputMode: 'numeric', type: 'number', step: 1 } : { inputMode: 'decimal' },
      }}
    />
  );
};

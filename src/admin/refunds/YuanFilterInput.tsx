import { useState } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';
import { typedYuanToFen } from '../../domain/money.ts';
import { fenToYuanText } from '../common/format.ts';

interface YuanFilterInputProps {
  /** The filter key; its value on the wire is integer fen. */
  source: string;
  label?: string;
  alwaysOn?: boolean;
}

/** The text in fen, or undefined (empty) or null (not an amount). */
const parse = (text: string): number | undefined | null => (text.trim() === '' ? undefined : typedYuanToFen(text));

const fenToText = (fen: unknown) => (typeof fen === 'number' ? fenToYuanText(fen) : '');

/**
 * An amount filter typed in yuan and sent in fen (money.ts's yuanToFen, never
 * a float). While the text is not an amount yet ("12.") the filter keeps its
 * last value and the field says why.
 */
export const YuanFilterInput = ({ source, label }: YuanFilterInputProps) => {
  const translate = useTranslate();
  const { field } = useInput({ source });
  const [text, setText] = useState(() => fenToText(field.value));
  const [invalid, setInvalid] = useState(false);

  // The filter cleared or changed elsewhere (a tab, "clear filters"): show it,
  // unless the text already says that amount ("12.5" stays, not "12.50").
  const [shown, setShown] = useState<unknown>(field.value);
  if (shown !== field.value) {
    setShown(field.value);
    if (parse(text) !== field.value) setText(fenToText(field.value));
  }

  const onChange = (value: string) => {
    setText(value);
    const fen = parse(value);
    setInvalid(fen === null);
    if (fen !== null) field.onChange(fen);
  };

  return (
    <TextField
      size="small"
      value={text}
      onChange={(e) => onChange(e.target.value)}
      onBlur={field.onBlur}
      label={translate(label ?? `resources.refunds.fields.${source}`)}
      error={invalid}
      helperText={invalid ? translate('resources.refunds.filters.not_an_amount') : undefined}
      sx={{ width: 150 }}
      slotProps={{
        input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
        htmlInput: { inputMode: 'decimal', name: source },
      }}
    />
  );
};

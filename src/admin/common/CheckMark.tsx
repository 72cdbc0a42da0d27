import CheckCircle from '@mui/icons-material/CheckCircle';
import Cancel from '@mui/icons-material/Cancel';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';

/** ✓ or ✗ with its word for screen readers and tooltips. */
export const CheckMark = ({ ok, fontSize = 18 }: { ok: boolean; fontSize?: number }) => {
  const translate = useTranslate();
  const label = translate(ok ? 'app.yes' : 'app.no');
  return (
    <Box component="span" title={label} sx={{ display: 'inline-flex', verticalAlign: 'middle' }}>
      {ok ? (
        <CheckCircle color="success" sx={{ fontSize }} aria-label={label} />
      ) : (
        <Cancel color="error" sx={{ fontSize }} aria-label={label} />
      )}
    </Box>
  );
};

import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useKeyboardShortcut } from '../requests/actions/useKeyboardShortcut.ts';

/** Every key the app answers to, by where it works; `?` opens this list anywhere. */
export const KEYBOARD_KEYS: { where: string; keys: { key: string; what: string }[] }[] = [
  {
    where: 'anywhere',
    keys: [
      { key: 'N', what: 'next' },
      { key: '?', what: 'help' },
    ],
  },
  {
    where: 'request',
    keys: [
      { key: 'D', what: 'open_documents' },
      { key: 'A', what: 'approve' },
    ],
  },
  {
    where: 'queue',
    keys: [
      { key: 'J / K', what: 'rows' },
      { key: 'Enter', what: 'open' },
    ],
  },
  {
    where: 'viewer',
    keys: [
      { key: '← → / J K', what: 'documents' },
      { key: 'V', what: 'verify' },
      { key: 'X', what: 'reject' },
      { key: '+ −', what: 'zoom' },
      { key: '0', what: 'fit' },
      { key: 'R / Shift+R', what: 'rotate' },
      { key: 'Esc', what: 'close' },
    ],
  },
];

/** The `?` key's list of every keyboard shortcut. */
export const KeyboardHelp = () => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  useKeyboardShortcut('?', () => setOpen(true));
  if (!open) return null;
  const t = (key: string) => translate(`app.keys.${key}`);
  return (
    <Dialog open onClose={() => setOpen(false)} aria-labelledby="keyboard-help-title" maxWidth="xs" fullWidth>
      <DialogTitle id="keyboard-help-title">{t('title')}</DialogTitle>
      <DialogContent>
        {KEYBOARD_KEYS.map((group) => (
          <section key={group.where}>
            <Typography variant="overline" component="h3" color="text.secondary">
              {t(`where.${group.where}`)}
            </Typography>
            <Table size="small">
              <TableBody>
                {group.keys.map(({ key, what }) => (
                  <TableRow key={key}>
                    <TableCell component="th" scope="row" sx={{ width: 120 }}>
                      <kbd>{key}</kbd>
                    </TableCell>
                    <TableCell>{t(`what.${what}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        ))}
      </DialogContent>
    </Dialog>
  );
};

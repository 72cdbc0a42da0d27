import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from '../types.ts';
import { diffStates, valueText, type DiffLine } from './auditDiff.ts';

const KIND_COLOR = { added: 'success', removed: 'error', changed: 'default' } as const;

const Value = ({ value, struck }: { value: unknown; struck?: boolean }) =>
  value === undefined ? (
    <Typography component="span" variant="body2" color="text.disabled">
      —
    </Typography>
  ) : (
    <Typography
      component="span"
      variant="body2"
      sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere', textDecoration: struck ? 'line-through' : undefined }}
    >
      {valueText(value)}
    </Typography>
  );

/** An event's before/after as the keys it changed: old → new, added and removed marked. */
export const AuditDiff = () => {
  const event = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!event) return null;
  const lines: DiffLine[] = diffStates(event.before, event.after);
  const t = (key: string) => translate(`resources.audit-events.diff.${key}`);
  if (lines.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
        {t('none')}
      </Typography>
    );
  }
  return (
    <Box sx={{ px: 2, py: 1, maxWidth: 900 }}>
      <Table size="small" aria-label={t('title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('field')}</TableCell>
            <TableCell>{t('before')}</TableCell>
            <TableCell>{t('after')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.key}>
              <TableCell sx={{ fontFamily: 'monospace' }}>{line.key}</TableCell>
              <TableCell>
                <Value value={line.before} struck={line.kind === 'removed'} />
              </TableCell>
              <TableCell>
                <Value value={line.after} />
              </TableCell>
              <TableCell>
                {line.kind !== 'changed' && (
                  <Chip size="small" variant="outlined" color={KIND_COLOR[line.kind]} label={t(line.kind)} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

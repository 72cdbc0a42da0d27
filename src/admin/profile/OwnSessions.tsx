import {
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure.ts';
import type { CancelDeskDataProvider } from '../dataProvider.ts';

const KEY = ['profile', 'sessions'];

/** Where you are signed in; end one, or every one but this. */
export const OwnSessions = () => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const translate = useTranslate();
  const notifyFailure = useNotifyFailure();
  const queryClient = useQueryClient();
  const { data: sessions = [] } = useQuery({ queryKey: KEY, queryFn: () => dataProvider.ownSessions() });
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: KEY });
  const revoke = useMutation({
    mutationFn: (id: number) => dataProvider.revokeSession(id),
    onSuccess,
    onError: notifyFailure,
  });
  const others = useMutation({
    mutationFn: () => dataProvider.revokeOtherSessions(),
    onSuccess,
    onError: notifyFailure,
  });
  const when = (iso: string) => new Date(iso).toLocaleString();
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('profile.sessions.title')}</Typography>
          <Button onClick={() => others.mutate()} disabled={others.isPending || sessions.length < 2}>
            {translate('profile.sessions.revoke_others')}
          </Button>
        </Stack>
        <Table size="small">
          <TableBody>
            {sessions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{translate('profile.sessions.created', { at: when(s.createdAt) })}</TableCell>
                <TableCell>{translate('profile.sessions.last_seen', { at: when(s.lastSeenAt) })}</TableCell>
                <TableCell align="right">
                  {s.current ? (
                    <Chip size="small" label={translate('profile.sessions.current')} />
                  ) : (
                    <Button size="small" color="error" onClick={() => revoke.mutate(s.id)} disabled={revoke.isPending}>
                      {translate('profile.sessions.revoke')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

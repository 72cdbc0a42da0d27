import { useMutation } from '@tanstack/react-query';
import { useDataProvider, usePermissions } from 'react-admin';
import { can } from '../../domain/permissions.ts';
import { ROLES } from '../../domain/vocabulary.ts';
import { useNotifyFailure } from '../common/useNotifyFailure.ts';
import type { CancelDeskDataProvider } from '../dataProvider.ts';
import type { Account, AccountPii } from '../types.ts';

/**
 * An account's personal data as a page shows it: masked as the API sends it,
 * or in full once the user asks (GET /api/accounts/:id/pii, recorded by the
 * server). Only the roles with accounts.readPii are offered the reveal.
 */
export function useAccountPii(account: Account | undefined) {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const notifyFailure = useNotifyFailure();
  const { permissions } = usePermissions<string[]>();
  const roles = ROLES.filter((role) => permissions?.includes(role));
  const { mutate, data, variables, isPending } = useMutation({
    mutationFn: (id: number) => dataProvider.revealAccountPii(id),
    onError: notifyFailure,
  });
  // A reveal belongs to the account it was asked for, not to the next one shown here.
  const revealed = account && data && variables === account.id ? data : undefined;
  const shown: AccountPii | undefined = account && {
    phone: revealed?.phone ?? account.phone,
    email: revealed ? revealed.email : account.email,
    idNumber: revealed ? revealed.idNumber : account.idNumberMasked,
    iccid: revealed ? revealed.iccid : account.iccid,
    msisdn: revealed ? revealed.msisdn : account.msisdn,
  };
  return {
    shown,
    revealed: revealed !== undefined,
    canReveal: can(roles, 'accounts.readPii'),
    reveal: () => account && mutate(account.id),
    isPending,
  };
}

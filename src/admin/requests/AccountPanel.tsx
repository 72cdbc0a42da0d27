import { Skeleton } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatFen } from '../../domain/money.ts';
import { CheckMark } from '../common/CheckMark.tsx';
import { Panel } from '../common/Panel.tsx';
import { ResourceLink } from '../common/ResourceLink.tsx';
import { PropertyList } from '../common/PropertyList.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { CancelRequest } from '../types.ts';
import { RevealPiiButton } from '../accounts/RevealPiiButton.tsx';
import { useAccountPii } from '../accounts/useAccountPii.ts';
import { useRequestAccount } from './useRequestRelated.ts';

/** The account being cancelled: who holds it, what it runs, what is left on it. */
export const AccountPanel = () => {
  const request = useRecordContext<CancelRequest>();
  const { data: account, isPending } = useRequestAccount(request);
  const pii = useAccountPii(account);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const f = (field: string) => translate(`resources.accounts.fields.${field}`);
  const e = (field: string, value: string) => translate(`resources.accounts.enums.${field}.${value}`);
  return (
    <Panel
      title={translate('resources.requests.show.account')}
      extra={
        account && (
          <ResourceLink resource="accounts" type="show" id={account.id} variant="body2">
            {account.accountNumber}
          </ResourceLink>
        )
      }
    >
      {isPending || !account || !pii.shown ? (
        <Skeleton variant="rounded" height={180} />
      ) : (
        <>
          <PropertyList
            items={[
              { label: f('holderName'), value: account.holderName },
              { label: f('accountType'), value: e('accountType', account.accountType) },
              ...(account.companyName ? [{ label: f('companyName'), value: account.companyName }] : []),
              { label: f('phone'), value: pii.shown.phone },
              { label: f('idNumberMasked'), value: pii.shown.idNumber },
              { label: f('planName'), value: account.planName },
              { label: f('cardKind'), value: `${e('cardKind', account.cardKind)} · ${pii.shown.msisdn ?? '—'}` },
              { label: f('iccid'), value: pii.shown.iccid },
              { label: f('balanceFen'), value: formatFen(account.balanceFen, locale === 'en' ? 'en' : 'zh-CN') },
              { label: f('status'), value: <StatusChip resource="accounts" value={account.status} /> },
              {
                label: f('identityVerified'),
                value: <CheckMark ok={account.identityVerified} />,
              },
            ]}
          />
          <RevealPiiButton pii={pii} />
        </>
      )}
    </Panel>
  );
};

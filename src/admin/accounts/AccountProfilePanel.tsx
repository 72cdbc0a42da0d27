import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatFen } from '../../domain/money.ts';
import { CheckMark } from '../common/CheckMark.tsx';
import { Panel } from '../common/Panel.tsx';
import { PropertyList } from '../common/PropertyList.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import { formatDateTime } from '../common/format.ts';
import type { Account } from '../types.ts';
import { RevealPiiButton } from './RevealPiiButton.tsx';
import { useAccountPii } from './useAccountPii.ts';

const formatData = (mb: number, translate: (key: string, o?: object) => string) =>
  mb >= 1024
    ? translate('resources.accounts.data_gb', { gb: (mb / 1024).toFixed(1) })
    : translate('resources.accounts.data_mb', { mb });

/** Everything the operator knows about an account, personal data masked until revealed. */
export const AccountProfilePanel = () => {
  const account = useRecordContext<Account>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pii = useAccountPii(account);
  if (!account || !pii.shown) return null;
  const { shown } = pii;
  const f = (field: string) => translate(`resources.accounts.fields.${field}`);
  const e = (field: string, value: string) => translate(`resources.accounts.enums.${field}.${value}`);
  return (
    <Panel
      title={translate('resources.accounts.show.profile')}
      extra={<StatusChip resource="accounts" value={account.status} />}
    >
      <PropertyList
        items={[
          { label: f('holderName'), value: account.holderName },
          { label: f('accountType'), value: e('accountType', account.accountType) },
          ...(account.companyName ? [{ label: f('companyName'), value: account.companyName }] : []),
          { label: f('idNumberMasked'), value: shown.idNumber },
          { label: f('identityVerified'), value: <CheckMark ok={account.identityVerified} /> },
          { label: f('phone'), value: shown.phone },
          { label: f('email'), value: shown.email ?? '—' },
          { label: f('planName'), value: account.planName },
          { label: f('cardKind'), value: e('cardKind', account.cardKind) },
          { label: f('msisdn'), value: shown.msisdn },
          { label: f('iccid'), value: shown.iccid },
          { label: f('balanceFen'), value: formatFen(account.balanceFen, locale === 'en' ? 'en' : 'zh-CN') },
          { label: f('dataRemainingMb'), value: formatData(account.dataRemainingMb, translate) },
          { label: f('language'), value: translate(`resources.users.enums.language.${account.language}`) },
          { label: f('openedAt'), value: formatDateTime(account.openedAt, locale) },
          ...(account.serviceEndedAt
            ? [{ label: f('serviceEndedAt'), value: formatDateTime(account.serviceEndedAt, locale) }]
            : []),
        ]}
      />
      <RevealPiiButton pii={pii} />
    </Panel>
  );
};

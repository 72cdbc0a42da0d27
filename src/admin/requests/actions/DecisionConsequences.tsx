import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import ArrowRight from '@mui/icons-material/ArrowRight';
import { useLocaleState, useTranslate } from 'react-admin';
import { maskPhone } from '../../../domain/mask.ts';
import { formatFen } from '../../../domain/money.ts';
import { maskEmail } from '../../common/maskRecipient.ts';
import type { Account, CancelRequest } from '../../types.ts';

export type Decision = 'approve' | 'reject' | 'pause_instead';

interface DecisionConsequencesProps {
  decision: Decision;
  request: CancelRequest;
  account: Account | undefined;
}

/** What a decision does, said before it is made: final, what happens to the account and money, who is told how. */
export const DecisionConsequences = ({ decision, request, account }: DecisionConsequencesProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: object) => translate(`resources.requests.consequences.${key}`, args);
  const accountLabel = account?.accountNumber ?? request.accountNumber;
  const lines: string[] = [t(`${decision}_final`)];
  if (decision === 'approve') {
    lines.push(t('approve_account', { account: accountLabel }));
    const balance = account?.balanceFen ?? request.balanceFen;
    lines.push(
      balance > 0
        ? t('approve_refund', { amount: formatFen(balance, locale === 'en' ? 'en' : 'zh-CN') })
        : t('approve_no_refund'),
    );
  }
  if (decision === 'reject') lines.push(t('reject_account', { account: accountLabel }));
  if (decision === 'pause_instead') lines.push(t('pause_instead_account', { account: accountLabel }));
  if (account) {
    const channels = account.email
      ? t('channels_both', { email: maskEmail(account.email), phone: maskPhone(account.phone) })
      : t('channels_sms', { phone: maskPhone(account.phone) });
    lines.push(
      t(`${decision}_notify`, {
        channels,
        language: translate(`resources.users.enums.language.${account.language}`),
      }),
    );
  }
  return (
    <div>
      <Typography variant="subtitle2" gutterBottom>
        {t('title')}
      </Typography>
      <List dense disablePadding>
        {lines.map((line) => (
          <ListItem key={line} disableGutters sx={{ alignItems: 'flex-start', py: 0.25 }}>
            <ListItemIcon sx={{ minWidth: 24, mt: 0.25 }}>
              <ArrowRight fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={line} slotProps={{ primary: { variant: 'body2' } }} />
          </ListItem>
        ))}
      </List>
    </div>
  );
};

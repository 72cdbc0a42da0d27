import { Skeleton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { maskPhone } from '../../domain/mask.ts';
import { CheckMark } from '../common/CheckMark.tsx';
import { PropertyList } from '../common/PropertyList.tsx';
import type { CancelRequest, SupportingDocument } from '../types.ts';
import { useRequestAccount } from '../requests/useRequestRelated.ts';
import { VerifyIdentityButton } from './VerifyIdentityButton.tsx';

/**
 * What the document must match: the holder as the account records them, and who filed the request;
 * with the documents given, the action that records the holder's identity as checked against them.
 */
export const HolderComparison = ({
  request,
  documents,
}: {
  request: CancelRequest;
  documents?: SupportingDocument[];
}) => {
  const translate = useTranslate();
  const { data: account } = useRequestAccount(request);
  const f = (field: string) => translate(`resources.accounts.fields.${field}`);
  return (
    <section aria-labelledby="holder-comparison-title">
      <Typography id="holder-comparison-title" variant="overline" color="text.secondary" component="h3">
        {translate('resources.documents.viewer.compare')}
      </Typography>
      {!account ? (
        <Skeleton variant="rounded" height={120} />
      ) : (
        <PropertyList
          items={[
            {
              label: f('holderName'),
              value: (
                <Typography component="span" variant="body1" sx={{ fontWeight: 600 }}>
                  {account.holderName}
                </Typography>
              ),
            },
            {
              label: f('idNumberMasked'),
              value: (
                <span style={{ fontVariantNumeric: 'tabular-nums', letterSpacing: '0.04em' }}>
                  {account.idNumberMasked}
                </span>
              ),
            },
            {
              label: f('accountType'),
              value: translate(`resources.accounts.enums.accountType.${account.accountType}`),
            },
            ...(account.companyName ? [{ label: f('companyName'), value: account.companyName }] : []),
            { label: f('phone'), value: maskPhone(account.phone) },
            { label: f('identityVerified'), value: <CheckMark ok={account.identityVerified} /> },
            {
              label: translate('resources.requests.fields.filedBy'),
              value: translate(`resources.requests.enums.filedBy.${request.filedBy}`),
            },
            ...(request.agentName
              ? [{ label: translate('resources.requests.fields.agentName'), value: request.agentName }]
              : []),
          ]}
        />
      )}
      {documents && <VerifyIdentityButton request={request} documents={documents} />}
    </section>
  );
};

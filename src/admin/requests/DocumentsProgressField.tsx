import { styled } from '@mui/material/styles';
import { useRecordContext, useTranslate } from 'react-admin';
import { CellText } from '../common/CellText.tsx';
import type { CancelRequest } from '../types.ts';

/** A thin determinate bar: plain elements, not a LinearProgress (one per queue row). */
const Bar = styled('span')(({ theme }) => ({
  display: 'block',
  height: 3,
  marginTop: 2,
  borderRadius: 2,
  overflow: 'hidden',
  backgroundColor: theme.palette.action.selected,
  '& > span': { display: 'block', height: '100%', backgroundColor: theme.palette.primary.main },
  '&.complete > span': { backgroundColor: theme.palette.success.main },
}));

/** Verified required documents out of required ones: "1/2" with a thin bar. */
export const DocumentsProgressField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  if (!record) return null;
  const { documentsVerified: verified, documentsRequired: required } = record;
  if (required === 0) {
    return <CellText className="caption secondary">{translate('resources.documents.none_required')}</CellText>;
  }
  const complete = verified >= required;
  const percent = (Math.min(verified, required) / required) * 100;
  const label = translate('resources.documents.progress', { verified, required });
  return (
    <div style={{ width: 64 }} title={label}>
      <CellText className={complete ? 'num block success' : 'num block'}>
        {verified}/{required}
      </CellText>
      <Bar
        className={complete ? 'complete' : undefined}
        role="progressbar"
        aria-label={label}
        aria-valuenow={Math.round(percent)}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <span style={{ width: `${percent}%` }} />
      </Bar>
    </div>
  );
};

import { MoneyField } from '../common/MoneyField.tsx';
import { DocumentsProgressField } from './DocumentsProgressField.tsx';

/** A narrow window's last cell: documents verified, with the balance beneath. */
export const FoldedProgressField = (_props: { label?: string; source?: string }) => (
  <>
    <DocumentsProgressField />
    <div style={{ marginTop: 2 }}>
      <MoneyField source="balanceFen" />
    </div>
  </>
);

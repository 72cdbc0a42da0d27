import { StatusChip } from '../common/StatusChip.tsx';
import { AssigneeField } from './AssigneeField.tsx';

/** A narrow window's status cell: the status chip with who holds the request beneath. */
export const StatusAssigneeField = (_props: { label?: string; source?: string }) => (
  <div style={{ maxWidth: 120 }}>
    <StatusChip />
    <div className="caption" style={{ marginTop: 2, fontSize: '0.75rem' }}>
      <AssigneeField />
    </div>
  </div>
);

import { SelectInput } from 'react-admin';
import { REFUND_STATUSES } from '../../domain/vocabulary.ts';
import { enumChoices } from '../common/enumChoices.ts';

export const refundFilters = [
  <SelectInput key="status" source="status" choices={enumChoices('refunds', 'status', REFUND_STATUSES)} alwaysOn />,
];

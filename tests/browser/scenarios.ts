import { dashboardScenarios } from './dashboardScenarios.ts';
import { documentsScenarios } from './documentsScenarios.ts';
import { layoutScenarios } from './layoutScenarios.ts';
import { noteAndRefundScenarios } from './noteAndRefundScenarios.ts';
import type { Scenario } from './support.ts';
import { queueScenarios } from './queueScenarios.ts';
import { refundScenarios } from './refundScenarios.ts';
import { reviewerDayScenarios } from './reviewerDayScenarios.ts';
import { roleScenarios, staffAdminScenario } from './roleScenarios.ts';
import { settingsScenarios } from './settingsScenarios.ts';
import { workflowScenarios } from './workflowScenarios.ts';

/** Every browser scenario, in the order `npm run test:browser` runs them. */
export const scenarios: Scenario[] = [
  ...queueScenarios,
  ...workflowScenarios,
  ...documentsScenarios,
  ...reviewerDayScenarios,
  ...roleScenarios,
  staffAdminScenario,
  ...settingsScenarios,
  ...refundScenarios,
  ...noteAndRefundScenarios,
  ...layoutScenarios,
  // Last: its calendar edits move due dates the other scenarios read.
  ...dashboardScenarios,
];

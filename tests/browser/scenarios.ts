import { documentsScenarios } from './documentsScenarios.ts';
import { layoutScenarios } from './layoutScenarios.ts';
import type { Scenario } from './support.ts';
import { queueScenarios } from './queueScenarios.ts';
import { reviewerDayScenarios } from './reviewerDayScenarios.ts';
import { roleScenarios } from './roleScenarios.ts';
import { workflowScenarios } from './workflowScenarios.ts';

/** Every browser scenario, in the order `npm run test:browser` runs them. */
export const scenarios: Scenario[] = [
  ...queueScenarios,
  ...workflowScenarios,
  ...documentsScenarios,
  ...reviewerDayScenarios,
  ...roleScenarios,
  ...layoutScenarios,
];

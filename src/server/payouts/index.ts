export {
  PayoutRefused,
  PayoutTimeout,
  payoutKey,
  type PayoutGateway,
  type PayoutOrder,
  type PayoutResult,
} from './gateway.ts';
export { manualGateway } from './manualGateway.ts';

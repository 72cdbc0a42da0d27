// The masks live in the domain, where the server masks its answers with them.
export { maskEmail, maskRecipient } from '../../domain/mask.ts';

import { useStoreRecord } from '../../common/useStoreRecord.ts';
import type { CancelRequest } from '../../types.ts';

/** Puts a request the server answered into react-admin's cache, so the page shows it (and its version) at once. */
export const useStoreRequest = () => useStoreRecord<CancelRequest>('requests');

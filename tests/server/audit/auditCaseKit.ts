import { type AuditWorld, type Expected } from './auditWorld.ts';

export type Row = Record<string, any>;
export const HOLDER = '测试用户';
export const customer = { type: 'customer', name: HOLDER } as const;
export const system = { type: 'system' } as const;

/**
 * One case per action that changes data. `setup` builds what the action needs
 * (unwatched) and returns the action, which answers the events it must write.
 */
export interface AuditCase {
  name: string;
  setup: (w: AuditWorld) => Promise<() => Promise<Expected[]>>;
}

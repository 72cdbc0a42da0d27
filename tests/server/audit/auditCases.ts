import type { AuditCase } from './auditCaseKit.ts';
import { customerAuditCases } from './customerAuditCases.ts';
import { documentAuditCases } from './documentAuditCases.ts';
import { requestAuditCases } from './requestAuditCases.ts';

/** Every action that changes data, with the audit events it must write. */
export const auditCases: AuditCase[] = [...requestAuditCases, ...customerAuditCases, ...documentAuditCases];

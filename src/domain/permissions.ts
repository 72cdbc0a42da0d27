// Who may do what: one matrix of resource × action → the roles that may.
// The server checks a route's permission before any work (403 with
// missingPermissionMessage); the SPA's canAccess and buttons read the same
// matrix. Rules that depend on the record (the assignee, a refund's approvers,
// whose notifications) are in recordAccess.ts and lifecycle.ts.

import { REVIEW_ROLES } from './documentReview.ts';
import { STAFF_UPLOAD_ROLES } from './documentUpload.ts';
import { roleAllows, type RequestAction } from './lifecycle.ts';
import { ROLES, type Role } from './vocabulary.ts';

interface Grant {
  who: readonly Role[];
  /** What the permission is, for "approving a refund needs the finance role". */
  label: string;
}

/** The staff roles the request lifecycle lets do this action (claim, approve, ...). */
function lifecycleRoles(action: RequestAction): Role[] {
  return ROLES.filter((role) => roleAllows(action, { kind: 'staff', id: 0, roles: [role] }));
}

// Rows follow the product's "Who sees what" table. Where it is silent: managers
// list staff names (reassigning means choosing a reviewer); an account's full
// personal data is revealed to the roles that check it against the documents
// (reviewer, manager); every role has its own profile (password, language,
// sessions).
const MATRIX = {
  requests: {
    list: { who: ['reviewer', 'finance', 'manager'], label: 'listing requests' },
    read: { who: ['reviewer', 'finance', 'manager'], label: 'opening a request' },
    export: { who: ['reviewer', 'finance', 'manager'], label: 'exporting requests' },
    /** The request's own audit trail, shown on its page. */
    timeline: { who: ['reviewer', 'finance', 'manager'], label: "reading a request's timeline" },
    /** The internal note: staff working the request, not finance (exports leave it out for them). */
    readNote: { who: ['reviewer', 'manager'], label: 'reading the internal note' },
    editNote: { who: ['reviewer', 'manager'], label: 'editing the internal note' },
    claim: { who: lifecycleRoles('claim'), label: 'claiming a request' },
    release: { who: lifecycleRoles('release'), label: 'releasing a request' },
    reassign: { who: lifecycleRoles('reassign'), label: 'reassigning a request' },
    requestInfo: { who: lifecycleRoles('request_info'), label: 'asking the customer for information' },
    approve: { who: lifecycleRoles('approve'), label: 'approving a request' },
    reject: { who: lifecycleRoles('reject'), label: 'rejecting a request' },
    pauseInstead: { who: lifecycleRoles('pause_instead'), label: 'pausing the service instead of cancelling' },
    verifyIdentity: { who: lifecycleRoles('verify_identity'), label: "verifying the holder's identity" },
    resumeReview: { who: lifecycleRoles('resume_review'), label: 'taking the information request back' },
    remind: { who: lifecycleRoles('remind'), label: 'reminding the customer' },
  },
  accounts: {
    list: { who: ['reviewer', 'finance', 'manager', 'admin'], label: 'listing accounts' },
    read: { who: ['reviewer', 'finance', 'manager', 'admin'], label: 'opening an account' },
    export: { who: ['reviewer', 'finance', 'manager', 'admin'], label: 'exporting accounts' },
    /** The unmasked phone, ID number, email and ICCID; each reveal is audited. */
    readPii: { who: ['reviewer', 'manager'], label: "revealing a customer's personal data" },
    resume: { who: ['admin'], label: 'resuming a suspended account' },
  },
  orders: {
    list: { who: ['reviewer', 'finance', 'manager'], label: 'listing orders' },
    read: { who: ['reviewer', 'finance', 'manager'], label: 'opening an order' },
    export: { who: ['reviewer', 'finance', 'manager'], label: 'exporting orders' },
  },
  /** A document's record (type, status, reason): the request's checklist. */
  documents: {
    list: { who: ['reviewer', 'finance', 'manager'], label: 'listing documents' },
    read: { who: ['reviewer', 'finance', 'manager'], label: 'opening a document record' },
    upload: { who: STAFF_UPLOAD_ROLES, label: 'uploading documents' },
    verify: { who: REVIEW_ROLES, label: 'checking documents' },
    reject: { who: REVIEW_ROLES, label: 'checking documents' },
  },
  /** The file itself: ID cards, licences. */
  documentFiles: {
    read: { who: ['reviewer', 'manager'], label: "opening a customer's document file" },
  },
  /** The outbox: messages to customers. */
  notifications: {
    list: { who: ['reviewer', 'manager'], label: 'listing customer messages' },
    read: { who: ['reviewer', 'manager'], label: 'opening a customer message' },
    retry: { who: ['manager'], label: 'retrying a customer message' },
  },
  refunds: {
    list: { who: ['reviewer', 'finance', 'manager'], label: 'listing refunds' },
    read: { who: ['reviewer', 'finance', 'manager'], label: 'opening a refund' },
    export: { who: ['reviewer', 'finance', 'manager'], label: 'exporting refunds' },
    create: { who: ['finance', 'manager'], label: 'creating a refund' },
    approve: { who: ['finance'], label: 'approving a refund' },
    reject: { who: ['finance'], label: 'rejecting a refund' },
    pay: { who: ['finance'], label: 'paying out a refund' },
    amend: { who: ['finance'], label: "changing a refund's amount" },
    fail: { who: ['finance'], label: 'recording a failed payout' },
  },
  dashboard: {
    /** A reviewer's own turnaround and throughput. */
    ownFigures: { who: ['reviewer'], label: 'reading your own review figures' },
    /** Every reviewer's figures, backlog and breaches. */
    teamFigures: { who: ['manager'], label: "reading the team's review figures" },
    refundFigures: { who: ['finance', 'manager'], label: 'reading refund figures' },
  },
  /** Staff accounts. */
  users: {
    /** Names only: who holds a request, who approved. */
    listNames: { who: ['reviewer', 'finance', 'manager', 'admin'], label: 'listing staff names' },
    list: { who: ['admin'], label: 'listing staff accounts' },
    read: { who: ['admin'], label: 'opening a staff account' },
    create: { who: ['admin'], label: 'creating a staff account' },
    update: { who: ['admin'], label: 'changing a staff account' },
    disable: { who: ['admin'], label: 'disabling a staff account' },
    resetPassword: { who: ['admin'], label: "resetting a staff member's password" },
  },
  /** The logged-in person's own password, language and sessions. */
  profile: {
    read: { who: ['reviewer', 'finance', 'manager', 'admin'], label: 'reading your profile' },
    edit: { who: ['reviewer', 'finance', 'manager', 'admin'], label: 'changing your password, language or sessions' },
  },
  /** The working-day calendar. */
  calendar: {
    read: { who: ['admin'], label: 'reading the working-day calendar' },
    edit: { who: ['admin'], label: 'editing the working-day calendar' },
  },
  settings: {
    read: { who: ['admin'], label: 'reading the settings' },
    edit: { who: ['admin'], label: 'changing the settings' },
  },
  /** The audit log as a whole (a request's own events: requests.timeline). */
  auditEvents: {
    list: { who: ['manager', 'admin'], label: 'reading the audit log' },
    read: { who: ['manager', 'admin'], label: 'opening an audit event' },
    export: { who: ['manager', 'admin'], label: 'exporting the audit log' },
  },
  /** API keys of the partners that submit requests. */
  intakeKeys: {
    list: { who: ['admin'], label: 'listing intake keys' },
    create: { who: ['admin'], label: 'issuing an intake key' },
    revoke: { who: ['admin'], label: 'revoking an intake key' },
  },
} as const satisfies Record<string, Record<string, Grant>>;

type Matrix = typeof MATRIX;
export type Resource = keyof Matrix;
export type Action<R extends Resource> = Extract<keyof Matrix[R], string>;
/** 'requests.claim', 'documentFiles.read', ...: what a route or a button needs. */
export type Permission = { [R in Resource]: `${R}.${Action<R>}` }[Resource];

export const RESOURCES = Object.keys(MATRIX) as Resource[];

/** Every permission, in the matrix's order. */
export const PERMISSIONS: readonly Permission[] = RESOURCES.flatMap((resource) =>
  Object.keys(MATRIX[resource]).map((action) => `${resource}.${action}` as Permission),
);

function grantOf(permission: Permission): Grant {
  const [resource, action] = permission.split('.') as [Resource, string];
  return (MATRIX[resource] as Record<string, Grant>)[action]!;
}

/** The roles that hold this permission, in ROLES order. */
export function rolesWith(permission: Permission): readonly Role[] {
  const { who } = grantOf(permission);
  return ROLES.filter((role) => who.includes(role));
}

/** The permission each staff action of the lifecycle needs (the customer's go through an intake key). */
export const REQUEST_ACTION_PERMISSIONS = {
  claim: 'requests.claim',
  release: 'requests.release',
  reassign: 'requests.reassign',
  request_info: 'requests.requestInfo',
  approve: 'requests.approve',
  reject: 'requests.reject',
  pause_instead: 'requests.pauseInstead',
  verify_identity: 'requests.verifyIdentity',
  resume_review: 'requests.resumeReview',
  remind: 'requests.remind',
} as const satisfies Record<Exclude<RequestAction, 'customer_answer' | 'withdraw'>, Permission>;

/** Does a person with these roles hold the permission? Several roles: the union. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const { who } = grantOf(permission);
  return roles.some((role) => who.includes(role));
}

/** Every permission these roles hold together. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((permission) => can(roles, permission));
}

/**
 * The 403 message: what is missing and who has it. For a request action it is
 * the lifecycle's own wording, so the answer is the same whichever check runs first.
 */
export function missingPermissionMessage(permission: Permission): string {
  const { label } = grantOf(permission);
  const sentence = label.charAt(0).toUpperCase() + label.slice(1);
  return `${sentence} needs the ${rolesWith(permission).join(' or ')} role`;
}

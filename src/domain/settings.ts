// The settings an admin changes on the settings page, in one place: their
// defaults, their limits, the keys they are stored under (table `settings`,
// one jsonb value per key) and the one schema the server validates a change
// with and the page checks its inputs against.

import { z } from 'zod';
import { DEFAULT_NO_RESPONSE_WORKING_DAYS } from './awaitingCustomer.ts';

export { DEFAULT_NO_RESPONSE_WORKING_DAYS };

/** Refunds above this many fen need two different finance approvals: ¥1,000.00 (PRODUCT.md). */
export const DEFAULT_DUAL_APPROVAL_FEN = 100_000;

/** The share decided within the SLA the dashboard holds up as the goal (migration 017). */
export const DEFAULT_SLA_TARGET_SHARE = 0.9;

/**
 * The bounds of each setting. The threshold stops at ¥1,000,000.00: a larger
 * one would in effect switch the second approval off. A request may wait for
 * the customer at most 120 working days (about half a year) before it may be
 * rejected for no response. The SLA target is a whole percentage from 1 % to
 * 100 % (a share with at most 2 decimals): the dashboard shows it as one.
 */
export const SETTINGS_LIMITS = {
  refundDualApprovalFen: { min: 0, max: 100_000_000 },
  noResponseWorkingDays: { min: 1, max: 120 },
  slaTargetShare: { min: 0.01, max: 1 },
} as const;

export interface Settings {
  /** Refunds above this many fen need two different finance approvals. */
  refundDualApprovalFen: number;
  /** Working days without an answer after which a request awaiting the customer may be rejected. */
  noResponseWorkingDays: number;
  /** The share decided within the SLA the team aims for, in (0, 1], at most 2 decimals. */
  slaTargetShare: number;
}

export type SettingName = keyof Settings;

export const SETTING_NAMES = [
  'refundDualApprovalFen',
  'noResponseWorkingDays',
  'slaTargetShare',
] as const satisfies readonly SettingName[];

/** The `settings` table's key for each setting. */
export const SETTING_KEYS = {
  refundDualApprovalFen: 'refund_dual_approval_fen',
  noResponseWorkingDays: 'no_response_working_days',
  slaTargetShare: 'sla_target_share',
} as const satisfies Record<SettingName, string>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  refundDualApprovalFen: DEFAULT_DUAL_APPROVAL_FEN,
  noResponseWorkingDays: DEFAULT_NO_RESPONSE_WORKING_DAYS,
  slaTargetShare: DEFAULT_SLA_TARGET_SHARE,
});

/** 0.85 is 85 %; 0.855 is not a whole percentage (float tolerance, not exact equality). */
const isWholePercent = (share: number) => Math.abs(share * 100 - Math.round(share * 100)) < 1e-9;

const { refundDualApprovalFen: fen, noResponseWorkingDays: days, slaTargetShare: share } = SETTINGS_LIMITS;

const fields = {
  refundDualApprovalFen: z
    .number()
    .int('a whole number of fen')
    .min(fen.min, 'cannot be negative')
    .max(fen.max, `at most ${fen.max} fen (¥1,000,000.00)`),
  noResponseWorkingDays: z
    .number()
    .int('a whole number of working days')
    .min(days.min, `at least ${days.min} working day`)
    .max(days.max, `at most ${days.max} working days`),
  slaTargetShare: z
    .number()
    .gt(0, 'above 0')
    .max(share.max, 'at most 1 (100 %)')
    .refine(isWholePercent, 'a whole percentage: at most 2 decimals (0.85)'),
} satisfies Record<SettingName, z.ZodType<number>>;

/** The whole settings object, as PUT /api/settings takes it (every field, nothing else). */
export const settingsSchema = z.strictObject(fields);

/**
 * The settings as stored: each key's value where it is valid, else its default
 * (a missing row, or one written by hand outside the limits, never stops the
 * refunds or the dashboard that read it).
 */
export function settingsFromRows(rows: readonly { key: string; value: unknown }[]): Settings {
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const read = <N extends SettingName>(name: N): Settings[N] => {
    const raw = stored.get(SETTING_KEYS[name]);
    // jsonb numbers arrive as numbers; a value written as a JSON string ("0.85") is read too.
    const parsed = fields[name].safeParse(typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS[name];
  };
  return {
    refundDualApprovalFen: read('refundDualApprovalFen'),
    noResponseWorkingDays: read('noResponseWorkingDays'),
    slaTargetShare: read('slaTargetShare'),
  };
}

/** The settings that differ, before and after: what the audit event records. */
export function changedSettings(
  before: Settings,
  after: Settings,
): { before: Partial<Settings>; after: Partial<Settings> } {
  const changed = SETTING_NAMES.filter((name) => before[name] !== after[name]);
  return {
    before: Object.fromEntries(changed.map((name) => [name, before[name]])),
    after: Object.fromEntries(changed.map((name) => [name, after[name]])),
  };
}

/** Why an input is refused, per field, as codes the page words in its language. */
export type SettingProblem = 'required' | 'not_integer' | 'too_small' | 'too_large' | 'too_precise';

function problemOf(issue: z.core.$ZodIssue): SettingProblem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'not_integer' : 'required';
    case 'too_small':
      return 'too_small';
    case 'too_big':
      return 'too_large';
    default:
      return 'too_precise';
  }
}

/** The schema's verdict on a settings object, per field (empty when it is valid). */
export function settingsProblems(input: Record<SettingName, unknown>): Partial<Record<SettingName, SettingProblem>> {
  const result = settingsSchema.safeParse(input);
  if (result.success) return {};
  const problems: Partial<Record<SettingName, SettingProblem>> = {};
  for (const issue of result.error.issues) {
    problems[issue.path[0] as SettingName] ??= problemOf(issue);
  }
  return problems;
}

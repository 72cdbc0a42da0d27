import { formatFen, typedYuanToFen } from '../../domain/money.ts';
import {
  SETTINGS_LIMITS,
  settingsProblems,
  type SettingName,
  type Settings,
  type SettingProblem,
} from '../../domain/settings.ts';
import { fenToYuanText } from '../common/format.ts';

/** What the form edits: the threshold in yuan (text, 2 decimals), the days, the target in percent. */
export interface SettingsFormValues {
  refundDualApprovalYuan: string;
  noResponseWorkingDays: number | null;
  slaTargetPercent: number | null;
}

/** The form's input for each setting. */
export const FORM_FIELD: Record<SettingName, keyof SettingsFormValues> = {
  refundDualApprovalFen: 'refundDualApprovalYuan',
  noResponseWorkingDays: 'noResponseWorkingDays',
  slaTargetShare: 'slaTargetPercent',
};

export const toFormValues = (s: Settings): SettingsFormValues => ({
  refundDualApprovalYuan: fenToYuanText(s.refundDualApprovalFen),
  noResponseWorkingDays: s.noResponseWorkingDays,
  // 0.85 * 100 is 85.00000000000001: the share has at most 2 decimals, so the percentage is whole.
  slaTargetPercent: Math.round(s.slaTargetShare * 10_000) / 100,
});

/** Typed yuan in fen with the money helpers (no float); NaN when it is not an amount. */
const fenOf = (yuan: string): number => typedYuanToFen(yuan) ?? Number.NaN;

/** The settings the form's values stand for; what is not a number stays NaN, which the schema refuses. */
export const fromFormValues = (v: SettingsFormValues): Settings => ({
  refundDualApprovalFen: fenOf(v.refundDualApprovalYuan ?? ''),
  noResponseWorkingDays: v.noResponseWorkingDays ?? Number.NaN,
  slaTargetShare: v.slaTargetPercent == null ? Number.NaN : v.slaTargetPercent / 100,
});

/** The message keys and arguments for what the domain's schema refuses, by form input. */
export function formProblems(
  v: SettingsFormValues,
): Partial<Record<keyof SettingsFormValues, { key: string; args: Record<string, string | number> }>> {
  const problems = settingsProblems(fromFormValues(v));
  const { refundDualApprovalFen: fen, noResponseWorkingDays: days, slaTargetShare: share } = SETTINGS_LIMITS;
  const args: Record<SettingName, Record<string, string | number>> = {
    refundDualApprovalFen: { min: formatFen(fen.min), max: formatFen(fen.max) },
    noResponseWorkingDays: { min: days.min, max: days.max },
    slaTargetShare: { min: share.min * 100, max: share.max * 100 },
  };
  return Object.fromEntries(
    (Object.entries(problems) as [SettingName, SettingProblem][]).map(([name, problem]) => [
      FORM_FIELD[name],
      { key: `settings.problems.${name}.${problem}`, args: args[name] },
    ]),
  );
}

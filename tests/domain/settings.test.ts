import { describe, expect, it } from 'vitest';
import { DEFAULT_NO_RESPONSE_WORKING_DAYS } from '../../src/domain/awaitingCustomer.ts';
import {
  changedSettings,
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  settingsFromRows,
  settingsProblems,
  settingsSchema,
} from '../../src/domain/settings.ts';

const valid = { refundDualApprovalFen: 100_000, noResponseWorkingDays: 15, slaTargetShare: 0.9 };

describe('the settings schema', () => {
  it('takes the defaults: ¥1,000.00, 15 working days, 90 %', () => {
    expect(DEFAULT_SETTINGS).toEqual(valid);
    expect(DEFAULT_SETTINGS.noResponseWorkingDays).toBe(DEFAULT_NO_RESPONSE_WORKING_DAYS);
    expect(settingsSchema.parse(valid)).toEqual(valid);
  });

  it('takes the edges: a zero threshold (every refund needs two), 1 and 120 days, 1 % and 100 %', () => {
    expect(settingsSchema.safeParse({ ...valid, refundDualApprovalFen: 0 }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...valid, refundDualApprovalFen: 100_000_000 }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...valid, noResponseWorkingDays: 1 }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...valid, noResponseWorkingDays: 120 }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...valid, slaTargetShare: 0.01 }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...valid, slaTargetShare: 1 }).success).toBe(true);
    // 0.29 * 100 is 28.999999999999996 in floating point: still a whole percentage.
    expect(settingsSchema.safeParse({ ...valid, slaTargetShare: 0.29 }).success).toBe(true);
  });

  it('names what is wrong with each field', () => {
    expect(settingsProblems({ ...valid, refundDualApprovalFen: -1 })).toEqual({ refundDualApprovalFen: 'too_small' });
    expect(settingsProblems({ ...valid, refundDualApprovalFen: 100_000_001 })).toEqual({
      refundDualApprovalFen: 'too_large',
    });
    expect(settingsProblems({ ...valid, refundDualApprovalFen: 10.5 })).toEqual({
      refundDualApprovalFen: 'not_integer',
    });
    expect(settingsProblems({ ...valid, noResponseWorkingDays: 0 })).toEqual({ noResponseWorkingDays: 'too_small' });
    expect(settingsProblems({ ...valid, noResponseWorkingDays: 121 })).toEqual({ noResponseWorkingDays: 'too_large' });
    expect(settingsProblems({ ...valid, slaTargetShare: 0 })).toEqual({ slaTargetShare: 'too_small' });
    expect(settingsProblems({ ...valid, slaTargetShare: 1.01 })).toEqual({ slaTargetShare: 'too_large' });
    expect(settingsProblems({ ...valid, slaTargetShare: 0.855 })).toEqual({ slaTargetShare: 'too_precise' });
    expect(settingsProblems({ ...valid, slaTargetShare: undefined })).toEqual({ slaTargetShare: 'required' });
    expect(settingsProblems({ ...valid, noResponseWorkingDays: Number.NaN })).toEqual({
      noResponseWorkingDays: 'required',
    });
    expect(settingsProblems(valid)).toEqual({});
  });

  it('refuses a missing field, a string and an unknown key', () => {
    const { slaTargetShare: _, ...partial } = valid;
    expect(settingsSchema.safeParse(partial).success).toBe(false);
    expect(settingsSchema.safeParse({ ...valid, noResponseWorkingDays: '15' }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...valid, slaRiskWorkingDays: 3 }).success).toBe(false);
  });
});

describe('settingsFromRows', () => {
  const row = (name: keyof typeof SETTING_KEYS, value: unknown) => ({ key: SETTING_KEYS[name], value });

  it('reads each stored value by its key', () => {
    expect(
      settingsFromRows([
        row('refundDualApprovalFen', 50_000),
        row('noResponseWorkingDays', 10),
        row('slaTargetShare', 0.85),
        { key: 'sla_due_working_days', value: 7 },
      ]),
    ).toEqual({ refundDualApprovalFen: 50_000, noResponseWorkingDays: 10, slaTargetShare: 0.85 });
  });

  it('falls back to the default, per setting, for a missing or invalid row', () => {
    expect(settingsFromRows([])).toEqual(DEFAULT_SETTINGS);
    expect(
      settingsFromRows([
        row('refundDualApprovalFen', -5),
        row('noResponseWorkingDays', 'soon'),
        row('slaTargetShare', 2),
      ]),
    ).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromRows([row('noResponseWorkingDays', 20), row('slaTargetShare', null)])).toEqual({
      ...DEFAULT_SETTINGS,
      noResponseWorkingDays: 20,
    });
  });

  it('reads a number written as a JSON string', () => {
    expect(settingsFromRows([row('slaTargetShare', '0.8')]).slaTargetShare).toBe(0.8);
    expect(settingsFromRows([row('slaTargetShare', '')]).slaTargetShare).toBe(DEFAULT_SETTINGS.slaTargetShare);
  });
});

describe('changedSettings', () => {
  it('keeps only the settings that differ, before and after', () => {
    expect(changedSettings(valid, { ...valid, slaTargetShare: 0.85 })).toEqual({
      before: { slaTargetShare: 0.9 },
      after: { slaTargetShare: 0.85 },
    });
    expect(changedSettings(valid, valid)).toEqual({ before: {}, after: {} });
  });
});

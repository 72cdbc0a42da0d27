import { Stack } from '@mui/material';
import { Form, SaveButton, Toolbar, useTranslate } from 'react-admin';
import { SettingInput } from './SettingInput.tsx';
import { formProblems, toFormValues, type SettingsFormValues } from './settingsForm.ts';
import type { SettingsState } from './settingsApi.ts';

/** What a submit answers to the form: nothing when saved, else messages per input. */
export type SubmitErrors = Partial<Record<keyof SettingsFormValues, string>> | undefined;

interface Props {
  start: SettingsState;
  onSubmit: (values: SettingsFormValues) => Promise<SubmitErrors>;
}

/** The domain's schema decides; the page only words its verdict (react-admin translates `message` with `args`). */
const validate = (values: SettingsFormValues) =>
  Object.fromEntries(
    Object.entries(formProblems(values)).map(([input, { key, args }]) => [input, { message: key, args }]),
  );

/** The three settings: the threshold in yuan, the days, the target in percent; each says what it changes. */
export const SettingsForm = ({ start, onSubmit }: Props) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`settings.fields.${key}`);
  return (
    <Form record={toFormValues(start)} onSubmit={onSubmit as never} validate={validate as never} mode="onChange">
      <Stack spacing={2.5} sx={{ p: 2 }}>
        <SettingInput
          source="refundDualApprovalYuan"
          label={t('refundDualApprovalYuan')}
          helperText={t('refundDualApprovalYuan_help')}
          start="¥"
        />
        <SettingInput
          source="noResponseWorkingDays"
          label={t('noResponseWorkingDays')}
          helperText={t('noResponseWorkingDays_help')}
          numeric
          end={t('days_unit')}
        />
        <SettingInput
          source="slaTargetPercent"
          label={t('slaTargetPercent')}
          helperText={t('slaTargetPercent_help')}
          numeric
          end="%"
        />
      </Stack>
      <Toolbar>
        <SaveButton />
      </Toolbar>
    </Form>
  );
};

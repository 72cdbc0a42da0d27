import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { shot } from './harness.ts';
import { TIMEOUT, api, login, type Scenario } from './support.ts';

// The admin's settings page: one form, saved with the version it was read at.

interface SettingsAnswer {
  refundDualApprovalFen: number;
  noResponseWorkingDays: number;
  slaTargetShare: number;
  version: number;
}

const targetInput = (page: Page) => page.getByLabel('时效目标比例');

export const settingsScenarios: Scenario[] = [
  [
    'admin opens settings, sets the SLA target to 85 %, saves, reloads and sees 85 %',
    async (page, url) => {
      await login(page, url, 'admin');
      await page.waitForURL((u) => u.hash.startsWith('#/users'), { timeout: TIMEOUT });
      await page.locator('.RaMenuItemLink-root[href="#/settings"]').click({ timeout: TIMEOUT });
      await page.getByRole('heading', { name: '设置' }).first().waitFor({ timeout: TIMEOUT });
      const target = targetInput(page);
      await target.waitFor({ timeout: TIMEOUT });
      assert.equal(await target.inputValue(), '90');
      assert.equal(await page.getByLabel(/超过此金额需第二位审批/).inputValue(), '1000.00');
      await page.locator('.RaLoadingIndicator-loader').waitFor({ state: 'detached', timeout: TIMEOUT });
      assert.deepEqual(await axeViolations(page), [], 'settings: axe WCAG 2 A/AA violations');
      await shot(page, '70-settings');

      await target.fill('85');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('设置已保存').waitFor({ timeout: TIMEOUT });
      await page.reload();
      await targetInput(page).waitFor({ timeout: TIMEOUT });
      assert.equal(await targetInput(page).inputValue(), '85');
      await page
        .getByTestId('settings-last-saved')
        .getByText(/最后保存/)
        .waitFor({ timeout: TIMEOUT });
      await shot(page, '71-settings-saved');

      // Back to the default for whatever runs after (the dashboard's target line reads it).
      const now = (await api<SettingsAnswer>(page, '/api/settings')).json;
      assert.equal(now.slaTargetShare, 0.85);
      const restored = await api(page, '/api/settings', {
        method: 'PUT',
        headers: { 'If-Match': `"${now.version}"` },
        body: {
          refundDualApprovalFen: now.refundDualApprovalFen,
          noResponseWorkingDays: now.noResponseWorkingDays,
          slaTargetShare: 0.9,
        },
      });
      assert.equal(restored.status, 200);
    },
  ],
];

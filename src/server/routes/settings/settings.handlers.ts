import type { AppRouteHandler } from '../../http/createRouter.ts';
import { setEtag } from '../../http/etag.ts';
import { saveSettings, toApiSettings } from '../../actions/saveSettings.ts';
import { readSettingsState } from '../../sql/settings.ts';
import type * as routes from './settings.routes.ts';

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const state = await readSettingsState(c.var.db);
  setEtag(c, state.version);
  return c.json(toApiSettings(state), 200);
};

export const put: AppRouteHandler<typeof routes.put> = async (c) => {
  const saved = await saveSettings(
    c.var.db,
    c.req.valid('json'),
    c.req.valid('header')['If-Match'],
    c.var.user,
    c.var.deps.now(),
  );
  setEtag(c, saved.version);
  return c.json(toApiSettings(saved), 200);
};

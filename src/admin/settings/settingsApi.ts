import { useQuery } from '@tanstack/react-query';
import type { Settings } from '../../domain/settings.ts';
import { API_URL, httpClient } from '../dataProvider.ts';

/** What GET and PUT /api/settings answer: the settings, their version and the last save from this page. */
export interface SettingsState extends Settings {
  version: number;
  updatedAt: string | null;
  updatedBy: { id: number; displayName: string } | null;
}

/** What a 412 carries besides the message: the settings as they stand. */
export interface StaleSettings {
  currentVersion: number;
  current: SettingsState;
}

export const SETTINGS_KEY = ['settings'] as const;

/** GET /api/settings (admin). Never cached for long: another admin may have saved. */
export const useSettings = () =>
  useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: async () => (await httpClient(`${API_URL}/settings`)).json as SettingsState,
    staleTime: 0,
  });

/** PUT /api/settings with the version the page read: 412 when another admin saved in between. */
export const putSettings = async (settings: Settings, version: number) =>
  (
    await httpClient(`${API_URL}/settings`, {
      method: 'PUT',
      body: JSON.stringify(settings),
      headers: new Headers({ 'If-Match': `"${version}"` }),
    })
  ).json as SettingsState;

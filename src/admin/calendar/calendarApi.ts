import { useQuery } from '@tanstack/react-query';
import type { CalendarSaveResult, CalendarStatus, CalendarYearInput } from '../../domain/dashboardApi.ts';
import { API_URL, httpClient } from '../dataProvider.ts';

/** GET /api/calendar/status: which years have a calendar; any signed-in staff member may ask. */
export const useCalendarStatus = (enabled = true) =>
  useQuery({
    queryKey: ['calendar', 'status'],
    queryFn: async () => (await httpClient(`${API_URL}/calendar/status`)).json as CalendarStatus,
    staleTime: 5 * 60_000,
    enabled,
  });

/** POST /api/calendar/years: a whole year, from the bundled data or as entered. */
export const addCalendarYear = async (input: CalendarYearInput) =>
  (
    await httpClient(`${API_URL}/calendar/years`, {
      method: 'POST',
      body: JSON.stringify(input),
    })
  ).json as { year: number; days: number } & CalendarSaveResult;

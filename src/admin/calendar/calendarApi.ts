import { useQuery } from '@tanstack/react-query';
import type { CalendarSaveResult, CalendarStatus, CalendarYearInput } from '../../domain/dashboardApi.ts';
import { API_URL, httpClient } from '../dataProvider.ts';
import { CALENDAR_STATUS_KEY, takeEarly } from '../earlyCalls.ts';

/** GET /api/calendar/status: which years have a calendar; any signed-in staff member may ask. */
export const useCalendarStatus = (enabled = true) =>
  useQuery({
    queryKey: ['calendar', 'status'],
    // The queue's boot asked already (earlyCalls.ts): its banner is drawn with the first rows.
    queryFn: () =>
      takeEarly(
        CALENDAR_STATUS_KEY,
        async () => (await httpClient(`${API_URL}/calendar/status`)).json as CalendarStatus,
      ),
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

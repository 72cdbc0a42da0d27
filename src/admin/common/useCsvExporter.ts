import { useCallback } from 'react';
import { useGetIdentity, useLocaleState, useTranslate, type Exporter, type RaRecord } from 'react-admin';
import { isRole } from '../access.ts';
import { downloadCsvFile, toCsv, type CsvColumn, type CsvContext } from './csv.ts';

/**
 * A react-admin exporter for a list: the columns are built when the export
 * runs, in the language on screen and for the roles of whoever exports
 * (react-admin's exporter itself knows neither).
 */
export function useCsvExporter<T extends RaRecord>(
  columns: (ctx: CsvContext) => readonly CsvColumn<T>[],
  fileName: string,
): Exporter<T> {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  const roles = Array.isArray(identity?.roles) ? (identity.roles as string[]).filter(isRole) : [];
  const rolesKey = roles.join(',');
  return useCallback(
    (records: T[]) => {
      const ctx: CsvContext = { translate, locale, roles: rolesKey ? rolesKey.split(',') : [] };
      downloadCsvFile(toCsv(columns(ctx), records), translate(fileName, { smart_count: 2, _: fileName }));
    },
    [translate, locale, rolesKey, columns, fileName],
  );
}

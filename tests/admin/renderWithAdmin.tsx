import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import {
  AdminContext,
  RecordContextProvider,
  ResourceContextProvider,
  memoryStore,
  testDataProvider,
} from 'react-admin';
import { i18nProvider } from '../../src/admin/i18n/i18nProvider.ts';
import { lightTheme } from '../../src/admin/theme.ts';

/** Renders `ui` inside react-admin's contexts, in zh-CN unless `locale` says otherwise. */
export const renderWithAdmin = (
  ui: ReactNode,
  { record, resource = 'requests', locale = 'zh-CN' }: { record?: object; resource?: string; locale?: string } = {},
) => {
  const store = memoryStore({ locale });
  return render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={store} theme={lightTheme}>
      <ResourceContextProvider value={resource}>
        <RecordContextProvider value={record}>{ui}</RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
};

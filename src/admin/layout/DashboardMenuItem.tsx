import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import { Menu, useCanAccess, useTranslate } from 'react-admin';

/** "概览": for whoever may read a part of the dashboard. */
export const DashboardMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'dashboard', action: 'list' });
  if (!canAccess) return null;
  return <Menu.Item to="/dashboard" leftIcon={<InsightsOutlined />} primaryText={translate('app.dashboard')} />;
};

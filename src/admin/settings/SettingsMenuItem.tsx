import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import { Menu, useCanAccess, useTranslate } from 'react-admin';

/** "设置": for whoever may read the settings (admins). */
export const SettingsMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'settings', action: 'read' });
  if (!canAccess) return null;
  return <Menu.Item to="/settings" leftIcon={<SettingsOutlined />} primaryText={translate('settings.title')} />;
};

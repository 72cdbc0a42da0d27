import { Box } from '@mui/material';
import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { useRequestCounts } from '../requests/useRequestCounts.ts';

/** "注销队列" with the number of open requests, so the backlog is visible from every page. */
export const QueueMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'requests', action: 'list' });
  const { data: counts } = useRequestCounts(canAccess === true);
  if (!canAccess) return null;
  return (
    <Menu.Item
      to="/requests"
      state={{ _scrollToTop: true }}
      leftIcon={<AssignmentOutlined />}
      primaryText={
        <Box component="span" sx={{ display: 'flex', alignItems: 'center', width: '100%', gap: 1 }}>
          <Box component="span" sx={{ flex: 1 }}>
            {translate('resources.requests.menu')}
          </Box>
          {counts && counts.open > 0 && (
            <Box
              component="span"
              title={translate('resources.requests.menu')}
              sx={{
                fontSize: '0.72rem',
                px: 0.75,
                borderRadius: 10,
                bgcolor: 'action.selected',
                fontVariantNumeric: 'tabular-nums',
              }}
            >
              {counts.open}
            </Box>
          )}
        </Box>
      }
    />
  );
};

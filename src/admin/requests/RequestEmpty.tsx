import { Button } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState.tsx';

/** The queue with no row: says so, and offers to drop the filters when some are set. */
export const RequestEmpty = () => {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const extraFilters = Object.keys(filterValues).filter((key) => key !== 'status');
  return (
    <EmptyState
      title={translate('resources.requests.empty.title')}
      message={translate(
        extraFilters.length > 0 ? 'resources.requests.empty.filtered' : 'resources.requests.empty.message',
      )}
      action={
        extraFilters.length > 0 ? (
          <Button
            variant="outlined"
            size="small"
            onClick={() => setFilters(filterValues.status ? { status: filterValues.status } : {}, {})}
          >
            {translate('ra.navigation.clear_filters')}
          </Button>
        ) : null
      }
    />
  );
};

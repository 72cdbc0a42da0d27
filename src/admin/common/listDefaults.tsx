import { ListError } from './ListError.tsx';
import { ListPagination } from './ListPagination.tsx';

/**
 * Every <List>'s defaults (the theme's RaList.defaultProps): a failed or
 * offline list call says so with a retry, and no total is shown over it.
 */
export const LIST_DEFAULT_PROPS = {
  error: <ListError />,
  offline: <ListError />,
  pagination: <ListPagination />,
};

import { Pagination, useListContext, type PaginationProps } from 'react-admin';

/**
 * react-admin's pagination, hidden while the list has no answer to count:
 * after a failed or paused (offline) call it would show the last total
 * ("共 502 条") under an error or an empty table.
 */
export const ListPagination = (props: PaginationProps) => {
  const { error, isPaused, isPending, isPlaceholderData } = useListContext();
  if (error || (isPaused && (isPending || isPlaceholderData))) return null;
  return <Pagination {...props} />;
};

type Filter = Record<string, unknown>;

/** One tab of the refunds queue: the filter it applies (its own keys replace the status ones). */
export interface RefundTab {
  id: 'to_approve' | 'to_pay' | 'paid' | 'failed' | 'rejected' | 'all';
  filter: Filter;
}

/** Keys the tabs own: picking a tab replaces them and keeps every other filter. */
const TAB_KEYS = ['status', 'actionable'] as const;

export const REFUND_TABS: RefundTab[] = [
  // The server's `actionable` is "the caller may approve or pay now": with the status, "may approve now".
  { id: 'to_approve', filter: { status: 'pending_approval', actionable: true } },
  { id: 'to_pay', filter: { status: 'approved' } },
  { id: 'paid', filter: { status: 'paid' } },
  { id: 'failed', filter: { status: 'failed' } },
  { id: 'rejected', filter: { status: 'rejected' } },
  { id: 'all', filter: {} },
];

/** Finance opens on the refunds waiting for their approval. */
export const DEFAULT_REFUND_FILTER: Filter = REFUND_TABS[0]!.filter;

/** The tabs a person sees: 待我审批 only for whoever may approve. */
export const refundTabsFor = (mayApprove: boolean): RefundTab[] =>
  mayApprove ? REFUND_TABS : REFUND_TABS.filter((t) => t.id !== 'to_approve');

/** Where the queue opens: 待我审批 for finance, 全部 for the others. */
export const defaultRefundFilter = (mayApprove: boolean): Filter => (mayApprove ? DEFAULT_REFUND_FILTER : {});

/** The filter without the tab's keys: what the other filters above the tabs say. */
export const otherFilters = (filter: Filter): Filter =>
  Object.fromEntries(Object.entries(filter).filter(([key]) => !(TAB_KEYS as readonly string[]).includes(key)));

const one = (value: unknown) => (Array.isArray(value) && value.length === 1 ? value[0] : value);

/** Which tab the current filter corresponds to, or false when it matches none. */
export const activeRefundTab = (filter: Filter): RefundTab['id'] | false => {
  const status = one(filter.status);
  const actionable = filter.actionable === true || filter.actionable === 'true';
  const tab = REFUND_TABS.find((t) => t.filter.status === status && (t.filter.actionable === true) === actionable);
  return tab ? tab.id : false;
};

/** The filter after picking `tab`: other filters stay, the tab's own keys are replaced. */
export const filterForRefundTab = (current: Filter, tab: RefundTab): Filter => ({
  ...otherFilters(current),
  ...tab.filter,
});

/**
 * Runs inside every page the browser bench opens (playwright's addInitScript, so
 * before the app's own code). It notes, at the animation frame that paints it,
 * the first moment the queue shows a full page of rows and the first moment a
 * request's page shows its header and every panel filled, so the bench reads
 * times measured by the page's own clock (0 = navigation start) rather than
 * Node's, which would add the DevTools protocol's round trips.
 */
export interface ProbeState {
  /** Event time of the last click or form submit: where a measure starts. */
  trigger: number;
  /**
   * First frame with `listRows` rows that carry a request number in #main-content, on the
   * queue's route: whichever paints them first, the boot's plain-DOM shell (src/admin/requests/shell/)
   * or react-admin.
   */
  list: number | null;
  /** First frame with `listRows` such rows drawn by react-admin (`.RaDataTable-root tbody tr`). */
  raList: number | null;
  listRows: number;
  /** First frame with a request page (not `fromId`) whose header and panels are all filled. */
  show: number | null;
  showNumber: string | null;
  showId: string | null;
  fromId: string | null;
}

export interface ApiCall {
  path: string;
  /** When the browser sent it, relative to the trigger. */
  start: number;
  /** What the server took: responseStart - requestStart (loopback, so no network to speak of). */
  server: number;
  end: number;
}

declare global {
  interface Window {
    benchProbe: ProbeState & { reset: (fromId?: string | null) => void };
  }
}

export function installProbe() {
  const NUMBER = /ZX\d{6}-\d{5}/;
  const state: ProbeState = {
    trigger: 0,
    list: null,
    raList: null,
    listRows: 25,
    show: null,
    showNumber: null,
    showId: null,
    fromId: null,
  };
  const reset = (fromId: string | null = null) => {
    Object.assign(state, { list: null, raList: null, show: null, showNumber: null, showId: null, fromId });
    performance.clearResourceTimings();
  };
  window.benchProbe = Object.assign(state, { reset });
  performance.setResourceTimingBufferSize(2000);
  const mark = (event: Event) => {
    state.trigger = event.timeStamp;
  };
  addEventListener('click', mark, true);
  addEventListener('submit', mark, true);

  // A panel is filled when its body holds something and none of it is a loading placeholder.
  const LOADING = '.MuiSkeleton-root, .RaPlaceholder-root, .MuiLinearProgress-indeterminate, .MuiCircularProgress-root';
  const panelsFilled = (main: Element) => {
    const titles = main.querySelectorAll('.MuiCard-root h2');
    if (titles.length < 6) return false;
    for (const title of titles) {
      const body = title.closest('.MuiCard-root')?.lastElementChild;
      if (!body || body.childElementCount === 0 || body.querySelector(LOADING)) return false;
    }
    return true;
  };

  let dirty = true;
  const check = () => {
    requestAnimationFrame(check);
    if (!dirty) return;
    dirty = false;
    const now = performance.now();
    const numbered = (rows: NodeListOf<Element>) => {
      let n = 0;
      for (const row of rows) if (NUMBER.test(row.textContent ?? '')) n++;
      return n >= state.listRows;
    };
    // After a login the shell is drawn over the login page, outside #main-content and
    // before react-admin moves to #/requests: the queue's rows are on screen all the same.
    if (state.list === null && numbered(document.querySelectorAll('[data-queue-shell] tbody tr'))) state.list = now;
    const main = document.getElementById('main-content');
    if (!main) return;
    const hash = location.hash;
    if (/^#\/requests(\?|$)/.test(hash)) {
      if (state.list === null && numbered(main.querySelectorAll('tbody tr'))) state.list = now;
      // The shell stands over react-admin's page without the id, so react-admin's rows are looked for in #root.
      if (state.raList === null && numbered(document.querySelectorAll('#root .RaDataTable-root tbody tr'))) {
        state.raList = now;
        if (state.list === null) state.list = now;
      }
    }
    const id = /^#\/requests\/(\d+)\/show/.exec(hash)?.[1];
    if (state.show === null && id && id !== state.fromId) {
      const h1 = main.querySelector('h1');
      if (h1 && NUMBER.test(h1.textContent ?? '') && panelsFilled(main)) {
        Object.assign(state, { show: now, showNumber: h1.textContent, showId: id });
      }
    }
  };
  new MutationObserver(() => {
    dirty = true;
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  addEventListener('hashchange', () => {
    dirty = true;
  });
  requestAnimationFrame(check);
}

/** The API calls the page made since `since` (its clock), in the order they were sent. */
export function apiCalls(since: number): ApiCall[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => new URL(e.name).pathname.startsWith('/api/') && e.startTime >= since - 1)
    .map((e) => ({
      path: decodeURIComponent(new URL(e.name).pathname + new URL(e.name).search),
      start: e.startTime - since,
      server: e.responseStart - e.requestStart,
      end: e.responseEnd - since,
    }))
    .sort((a, b) => a.start - b.start);
}

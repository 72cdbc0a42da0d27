import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchList, forgetEarlyCalls, listKey, startEarly, takeEarly } from '../../src/admin/earlyCalls.ts';

afterEach(() => {
  forgetEarlyCalls();
  vi.unstubAllGlobals();
});

const query = {
  filter: { status: 'submitted' },
  sort: { field: 'dueAt', order: 'ASC' },
  pagination: { page: 2, perPage: 25 },
};

describe('early calls', () => {
  it("hands a call started early to the page's identical call, once", async () => {
    const early = vi.fn<() => Promise<string>>(async () => 'early answer');
    const own = vi.fn<() => Promise<string>>(async () => 'own answer');
    startEarly(listKey('requests', query), early);
    const sameQueryOtherKeyOrder = {
      pagination: { perPage: 25, page: 2 },
      sort: { order: 'ASC', field: 'dueAt' },
      filter: { status: 'submitted' },
    };
    expect(await takeEarly(listKey('requests', sameQueryOtherKeyOrder), own)).toBe('early answer');
    expect(await takeEarly(listKey('requests', query), own)).toBe('own answer');
    expect(early).toHaveBeenCalledTimes(1);
    expect(own).toHaveBeenCalledTimes(1);
  });

  it('does not hand over a call that failed: the page calls again', async () => {
    startEarly('counts', () => Promise.reject(new Error('401')));
    expect(await takeEarly('counts', async () => 'own answer')).toBe('own answer');
  });

  it('does not hand over another query, nor anything after a write or login forgot them', async () => {
    startEarly(listKey('requests', query), async () => 'early answer');
    expect(await takeEarly(listKey('requests', { ...query, filter: {} }), async () => 'own')).toBe('own');
    forgetEarlyCalls();
    expect(await takeEarly(listKey('requests', query), async () => 'own')).toBe('own');
  });
});

describe('fetchList', () => {
  it('asks as ra-data-simple-rest does and answers in its getList shape', async () => {
    const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(
      async () => new Response(JSON.stringify([{ id: 26 }]), { headers: { 'Content-Range': 'requests 25-49/319' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const result = await fetchList('requests', { ...query, filter: { assigneeId: 'unassigned' } });
    expect(result).toEqual({ data: [{ id: 26 }], total: 319 });
    const [url, init] = fetch.mock.calls[0]!;
    const params = new URL(url).searchParams;
    expect(new URL(url).pathname).toBe('/api/requests');
    expect(JSON.parse(params.get('range')!)).toEqual([25, 49]);
    expect(JSON.parse(params.get('sort')!)).toEqual(['dueAt', 'ASC']);
    // The form's "unassigned" sentinel is null on the wire.
    expect(JSON.parse(params.get('filter')!)).toEqual({ assigneeId: null });
    expect(new Headers(init.headers).get('Range')).toBe('requests=25-49');
    expect(init.credentials).toBe('include');
  });

  it('fails on an error status, so the page makes its own call', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 401 }));
    await expect(fetchList('requests', query)).rejects.toThrow('401');
  });
});

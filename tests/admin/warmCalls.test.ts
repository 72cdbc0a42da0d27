import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataProvider, forgetEarlyCalls, warmer } from '../../src/admin/dataProvider.ts';

let fetch: ReturnType<typeof vi.fn<() => Promise<Response>>>;
beforeEach(() => {
  let n = 0;
  fetch = vi.fn<() => Promise<Response>>(
    async () => new Response(JSON.stringify({ id: 7, answer: ++n }), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetch);
});
afterEach(() => {
  forgetEarlyCalls();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("a hovered row's warmed calls", () => {
  it("answer the page's GETs of the same URL, even asked twice, with one call", async () => {
    await warmer.getOne('requests', { id: 7 });
    const first = await dataProvider.getOne('requests', { id: 7 });
    const second = await dataProvider.getOne('requests', { id: 7 });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(first.data).toEqual({ id: 7, answer: 1 });
    expect(second.data).toEqual({ id: 7, answer: 1 });
  });

  it('are not handed out once a second has passed since the page took them (a refresh asks the server)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await warmer.getOne('requests', { id: 7 });
    await dataProvider.getOne('requests', { id: 7 });
    vi.advanceTimersByTime(1_500);
    expect((await dataProvider.getOne('requests', { id: 7 })).data).toEqual({ id: 7, answer: 2 });
  });

  it('are stale after 10 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await warmer.getOne('requests', { id: 7 });
    vi.advanceTimersByTime(10_500);
    expect((await dataProvider.getOne('requests', { id: 7 })).data).toEqual({ id: 7, answer: 2 });
  });

  it('are forgotten after a write', async () => {
    await warmer.getOne('requests', { id: 7 });
    await dataProvider.claim(7, 1);
    expect((await dataProvider.getOne('requests', { id: 7 })).data).toEqual({ id: 7, answer: 3 });
  });
});

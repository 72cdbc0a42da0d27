import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetMe, me, rememberedHome, setSignedIn, signingIn, type StaffIdentity } from '../../src/admin/session.ts';

const staff = (roles: string[]): StaffIdentity => ({
  id: 1,
  username: 'someone',
  displayName: 'Someone',
  roles,
  language: 'zh-CN',
  mustChangePassword: false,
});

describe('the remembered home (the boot starts the queue on "/" from it)', () => {
  it("is the signed-in person's home, and nothing once they have signed out", () => {
    setSignedIn(staff(['reviewer']));
    expect(rememberedHome()).toBe('requests');
    setSignedIn(staff(['finance']));
    expect(rememberedHome()).toBe('refunds');
    setSignedIn(null);
    expect(rememberedHome()).toBeNull();
  });
});

describe('who is signed in, asked while a login call is under way', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is answered once the login has: a route change then does not read "nobody" and log out', async () => {
    // The session check before the login said nobody; the server would say so again until the cookie is set.
    const fetchMe = vi.fn<() => Promise<Response>>(async () => new Response('{}', { status: 401 }));
    vi.stubGlobal('fetch', fetchMe);
    forgetMe();
    expect(await me()).toBeNull();

    let answer!: () => void;
    const login = signingIn(
      new Promise<void>((resolve) => (answer = resolve)).then(() => setSignedIn(staff(['reviewer']))),
    );
    const asked = me();
    answer();
    await login;
    expect(await asked).toMatchObject({ roles: ['reviewer'] });
    expect(fetchMe).toHaveBeenCalledTimes(1);
  });

  it('after a refused login, asks as before', async () => {
    setSignedIn(null);
    const login = signingIn(Promise.reject(new Error('app.login_refused')));
    const asked = me();
    await expect(login).rejects.toThrow('app.login_refused');
    expect(await asked).toBeNull();
  });
});

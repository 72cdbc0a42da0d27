import { describe, expect, it } from 'vitest';
import { rememberedHome, setSignedIn, type StaffIdentity } from '../../src/admin/session.ts';

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

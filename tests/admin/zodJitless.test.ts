import { describe, expect, it } from 'vitest';
import { config } from 'zod/v4/core';
import '../../src/admin/zodJitless.ts';

describe('zodJitless', () => {
  it("sets jitless in the config zod itself reads, so zod never probes for eval under the app's CSP", () => {
    expect(config().jitless).toBe(true);
  });
});

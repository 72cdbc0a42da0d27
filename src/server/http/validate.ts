import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { ApiError, zodErrors } from './errors.ts';

/** zod validation for a request part; failures become our 400 `{ message, errors }`. */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      throw new ApiError(400, `invalid ${target}`, zodErrors(result.error as never));
    }
  });
}

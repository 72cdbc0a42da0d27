import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Rng } from './random.ts';

// The staff who appear in demo histories, read from staff_users so ids are real.
// Reviewers do the review work (a manager who is also a reviewer takes a little);
// finance users approve and pay refunds and are never the ones who decided.

export interface Staff {
  id: number;
  name: string;
}

export interface StaffPool {
  reviewers: readonly Staff[];
  /** Relative share of the queue each reviewer takes, same order as `reviewers`. */
  reviewerWeights: readonly number[];
  finance: readonly Staff[];
}

export async function loadStaffPool(db: Kysely<DB>): Promise<StaffPool> {
  const users = await db
    .selectFrom('staffUsers')
    .select(['id', 'displayName', 'roles'])
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const reviewers = users.filter((u) => u.roles.includes('reviewer'));
  const finance = users.filter((u) => u.roles.includes('finance') && !u.roles.includes('reviewer'));
  if (reviewers.length === 0 || finance.length === 0) {
    throw new Error('demo data needs at least one reviewer and one finance user: run seedDemoStaff first');
  }
  return {
    reviewers: reviewers.map((u) => ({ id: u.id, name: u.displayName })),
    reviewerWeights: reviewers.map((u) => (u.roles.includes('manager') ? 0.3 : 1)),
    finance: finance.map((u) => ({ id: u.id, name: u.displayName })),
  };
}

export function pickReviewer(pool: StaffPool, rng: Rng): Staff {
  const total = pool.reviewerWeights.reduce((a, b) => a + b, 0);
  let r = rng.float() * total;
  for (let i = 0; i < pool.reviewers.length; i++) {
    r -= pool.reviewerWeights[i] ?? 0;
    const reviewer = pool.reviewers[i];
    if (r < 0 && reviewer) return reviewer;
  }
  return pool.reviewers[0] as Staff;
}

/** Two different finance users when there are two (dual approval), else the one twice. */
export function pickFinancePair(pool: StaffPool, rng: Rng): [Staff, Staff] {
  const first = rng.pick(pool.finance);
  const others = pool.finance.filter((f) => f.id !== first.id);
  return [first, others.length > 0 ? rng.pick(others) : first];
}

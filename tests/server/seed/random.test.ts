import { describe, expect, it } from 'vitest';
import { Rng, mixSeed } from '../../../src/server/seed/random.ts';

const draw = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.float());

describe('seeded random numbers', () => {
  it('repeat for the same seed and index, and differ for another', () => {
    expect(draw(Rng.forIndex(7, 3), 20)).toEqual(draw(Rng.forIndex(7, 3), 20));
    expect(draw(Rng.forIndex(7, 3), 20)).not.toEqual(draw(Rng.forIndex(7, 4), 20));
    expect(draw(Rng.forIndex(7, 3), 20)).not.toEqual(draw(Rng.forIndex(8, 3), 20));
  });

  it('give every request its own stream (no two indexes share a seed in the first million)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 1_000_000; i++) seen.add(mixSeed(20261125, i));
    expect(seen.size).toBe(1_000_000);
  });

  it('stay in range and pick by weight', () => {
    const rng = new Rng(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) {
      const x = rng.int(3, 5);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(5);
      counts[rng.weighted({ a: 3, b: 1 })]++;
    }
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
    expect(rng.digits(11)).toMatch(/^\d{11}$/);
  });
});

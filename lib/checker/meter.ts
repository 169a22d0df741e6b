/**
 * A work meter: every loop of the checker adds the steps it takes (words looked up, trie steps,
 * sentences tried per rule, characters scanned per regular-expression pass, times the pattern's
 * bounded look-ahead). Tests assert that the count stays within a fixed multiple of the input's
 * length for pathological inputs (F2): a bound on work done, not on the clock.
 */
export interface Meter {
  ops: number;
}

export const newMeter = (): Meter => ({ ops: 0 });

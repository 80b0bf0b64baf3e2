/** Rounding as the board prints and compares numbers. */

/** Rounds half away from zero, without binary noise (2.25 → 2.3) and without −0. */
export function round(value: number, decimals: number): number {
  // Whole numbers (most amounts) are already rounded: the general path costs 2 s of a 10-year build.
  if (Number.isInteger(value)) return value || 0;
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / 10 ** decimals || 0;
}

/**
 * Rounds up (toward +∞) at `decimals`, without binary noise (0.1 × 3 stays 0.3): what a unit needs
 * each month is at least the figure shown, never a little less.
 */
export function roundUp(value: number, decimals: number): number {
  const scaled = Number((value * 10 ** decimals).toPrecision(12));
  return Math.ceil(scaled) / 10 ** decimals || 0;
}

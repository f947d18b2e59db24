/** The p-th percentile of timed runs (nearest rank); no runs give no figure (NaN), never a made-up one. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** "median / p95" of timed runs in ms, as the interaction benches report them. */
export function medianAndP95(values: number[], digits: number): string {
  const ms = (v: number) => `${v.toFixed(digits)} ms`;
  return `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;
}

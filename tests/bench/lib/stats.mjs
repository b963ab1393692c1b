// Small helpers the benchmark scripts share: quantiles, rounding, and the
// LABEL=DIST arguments that name each build.

/** The q-quantile of `values` (nearest rank, no interpolation). */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The median of `values`. */
export const median = (values) => quantile(values, 0.5);

/** `value` rounded to `digits` decimals, as a number. */
export const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

/** `LABEL=DIST` arguments as [{ label, dist }], in order. */
export function labelled(args) {
  return args.map((arg) => {
    const at = arg.indexOf('=');
    if (at < 1) throw new Error(`expected LABEL=DIST, got “${arg}”`);
    return { label: arg.slice(0, at), dist: arg.slice(at + 1) };
  });
}

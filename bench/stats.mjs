// Order statistics for the figures: percentiles by linear interpolation, medians, rounding.

export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const below = sorted[low];
  const above = sorted[high];
  return below + (above - below) * (rank - low);
}

export function median(values) {
  return percentile(values, 50);
}

export function round(value, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(value)) return value ?? null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** n, p50, p95, p99, max (and min) of a sample, rounded. */
export function summary(values, digits = 2) {
  const finite = values.filter(Number.isFinite);
  return {
    n: finite.length,
    min: round(finite.length ? Math.min(...finite) : null, digits),
    p50: round(percentile(finite, 50), digits),
    p95: round(percentile(finite, 95), digits),
    p99: round(percentile(finite, 99), digits),
    max: round(finite.length ? Math.max(...finite) : null, digits),
  };
}

/** A small seeded generator (mulberry32), so a run's random moments can be repeated. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

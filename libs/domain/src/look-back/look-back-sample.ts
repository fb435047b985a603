/**
 * 回头看 random sampling (DESIGN §3.9), documented so that an auditor can re-draw a sample by hand or in any language:
 *
 *   algorithm 'fnv1a32-mulberry32-fisher-yates/v1'
 *   1. population: the issue ids, de-duplicated and sorted ascending by UTF-16 code units (JavaScript's default sort);
 *   2. state = FNV-1a (32-bit) of the seed's UTF-16 code units: h = 0x811c9dc5; for each unit: h ^= unit; h = h × 0x01000193 mod 2^32;
 *   3. next(): mulberry32 — state = state + 0x6d2b79f5 mod 2^32; t = state; t = (t ^ t>>>15) × (t | 1); t ^= t + (t ^ t>>>7) × (t | 61);
 *      return ((t ^ t>>>14) >>> 0) / 2^32   (all products mod 2^32);
 *   4. for i from n−1 down to 1: j = floor(next() × (i + 1)); swap items i and j (Fisher–Yates);
 *   5. the sample is the first k = ceil(n × rate) items (0 when n = 0), sorted ascending again.
 */
export const SAMPLE_ALGORITHM = 'fnv1a32-mulberry32-fisher-yates/v1';

function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic generator of numbers in [0, 1) from a seed. */
export function seededRandom(seed: string): () => number {
  let state = fnv1a32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleSize(populationSize: number, rate: number): number {
  return populationSize === 0 ? 0 : Math.min(populationSize, Math.ceil(populationSize * rate - 1e-9));
}

/** The population as the algorithm orders it: unique ids, ascending. */
export function canonicalPopulation(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

/** Draws ceil(n × rate) of the population with the seed; the same inputs always give the same sample. */
export function drawSample(population: readonly string[], rate: number, seed: string): string[] {
  const items = canonicalPopulation(population);
  const next = seededRandom(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.slice(0, sampleSize(items.length, rate)).sort();
}

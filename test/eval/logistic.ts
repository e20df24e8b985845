/**
 * L2-regularised logistic regression over sparse binary features, fitted by plain deterministic batch gradient descent:
 * the same examples give the same weights. The bias feature (which every example has) is the intercept, not penalised.
 */
import { BIAS, sigmoid } from '../../src/extract/meeting-model.js';

export interface Example {
  features: string[];
  positive: boolean;
}

export interface FitOptions {
  /** Features seen in fewer training examples are left out (so that rare ones cannot memorise the corpus). */
  minCount: number;
  /** L2 penalty on every weight but the bias. */
  l2: number;
  iterations: number;
  learningRate: number;
}

export const FIT_DEFAULTS: FitOptions = { minCount: 3, l2: 0.03, iterations: 3000, learningRate: 1 };


/** Weights by feature name (kept features only), in the order of decreasing weight. */
export function fitLogistic(examples: Example[], options: FitOptions = FIT_DEFAULTS): Record<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([f, n]) => n >= options.minCount || f === BIAS).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features)].flatMap((f) => index.get(f) ?? []));
  const w = new Float64Array(names.length);
  const gradient = new Float64Array(names.length);
  const bias = index.get(BIAS);
  const n = Math.max(1, examples.length);
  for (let it = 0; it < options.iterations; it++) {
    gradient.fill(0);
    rows.forEach((row, i) => {
      let z = 0;
      for (const j of row) z += w[j] as number;
      const error = sigmoid(z) - (examples[i]?.positive ? 1 : 0);
      for (const j of row) gradient[j] = (gradient[j] as number) + error / n;
    });
    for (let j = 0; j < w.length; j++) {
      const penalty = j === bias ? 0 : options.l2 * (w[j] as number);
      w[j] = (w[j] as number) - options.learningRate * ((gradient[j] as number) + penalty);
    }
  }
  return Object.fromEntries(names.map((f, j) => [f, round(w[j] as number)]).sort((a, b) => (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0]))));
}

/** Six significant decimals: stable, readable weight files. */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

import type { SparseRow } from "./features";

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias), per example. */
  l2: number;
  iterations?: number;
  /** Step size; rows are scaled so that about 1 is stable (see features.ts). */
  step?: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function linearScore(model: LogisticModel, row: SparseRow): number {
  let z = model.bias;
  for (let k = 0; k < row.indices.length; k++) z += model.weights[row.indices[k]] * row.values[k];
  return z;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent with Nesterov momentum.
 * Deterministic: rows are visited in the given order, there is no randomness, and the same
 * input gives the same weights bit for bit.
 */
export function trainLogistic(rows: readonly SparseRow[], labels: readonly (0 | 1)[], dimension: number, options: LogisticOptions): LogisticModel {
  const { l2, iterations = 600, step = 0.5 } = options;
  const n = rows.length;
  if (n === 0) return { bias: 0, weights: new Float64Array(dimension) };
  let w = new Float64Array(dimension);
  let b = 0;
  let prevW = new Float64Array(dimension);
  let prevB = 0;
  const grad = new Float64Array(dimension);
  const look = new Float64Array(dimension);
  for (let it = 1; it <= iterations; it++) {
    const momentum = (it - 1) / (it + 2);
    for (let j = 0; j < dimension; j++) look[j] = w[j] + momentum * (w[j] - prevW[j]);
    const lookB = b + momentum * (b - prevB);
    grad.fill(0);
    let gradB = 0;
    for (let r = 0; r < n; r++) {
      const row = rows[r];
      let z = lookB;
      for (let k = 0; k < row.indices.length; k++) z += look[row.indices[k]] * row.values[k];
      const err = sigmoid(z) - labels[r];
      gradB += err;
      for (let k = 0; k < row.indices.length; k++) grad[row.indices[k]] += err * row.values[k];
    }
    const next = new Float64Array(dimension);
    for (let j = 0; j < dimension; j++) next[j] = look[j] - step * (grad[j] / n + l2 * look[j]);
    prevW = w;
    prevB = b;
    w = next;
    b = lookB - step * (gradB / n);
  }
  return { bias: b, weights: w };
}

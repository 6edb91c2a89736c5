package org.nura.knowledge.control;

import java.util.List;

/**
 * Platt scaling of the winning probability: {@code σ(a·logit(p₁) + b·log(p₁/p₂) + c)}, fitted on answers the
 * ranker gave for rows it was not fitted on (cross-fitting), so that a confidence of 0.8 means about 80% right on
 * unseen phrasings rather than on the phrases the weights were fitted to.
 */
final class PlattCalibration {

    static final PlattCalibration IDENTITY = new PlattCalibration(new double[] {1, 0, 0});

    private static final int FOLDS = 5;
    private static final int ITERATIONS = 300;
    private static final int REFIT_ITERATIONS = 80;
    private static final double REFIT_STEP = 0.05;
    private static final double EPS = 1e-6;

    private final double[] w;

    private PlattCalibration(double[] w) {
        this.w = w;
    }

    /** Fits on cross-fitted rankers: each fold's rows scored by a ranker fitted to the other folds. */
    static PlattCalibration fit(List<double[][]> rows, int[] labels, SoftmaxRanker full) {
        if (rows.size() < 2 * FOLDS) {
            return IDENTITY;
        }
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        for (int f = 0; f < FOLDS; f++) {
            java.util.List<double[][]> train = new java.util.ArrayList<>();
            java.util.List<Integer> trainLabels = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % FOLDS != f) {
                    train.add(rows.get(i));
                    trainLabels.add(labels[i]);
                }
            }
            // warm-started from the full fit: four fifths of the same rows move the weights only a little
            SoftmaxRanker ranker = SoftmaxRanker.fit(train, trainLabels.stream().mapToInt(Integer::intValue).toArray(),
                    full.weights(), REFIT_ITERATIONS, REFIT_STEP);
            for (int i = f; i < rows.size(); i += FOLDS) {
                double[] p = ranker.probabilities(rows.get(i));
                int best = argmax(p);
                x[i] = inputs(p);
                y[i] = best == labels[i] ? 1 : 0;
            }
        }
        return new PlattCalibration(logistic(x, y));
    }

    /** The calibrated confidence of the winner of {@code p}. */
    double confidence(double[] p) {
        double[] in = inputs(p);
        return sigmoid(w[0] * in[0] + w[1] * in[1] + w[2]);
    }

    double[] weights() {
        return w.clone();
    }

    private static double[] inputs(double[] p) {
        int best = argmax(p);
        double second = 0;
        for (int c = 0; c < p.length; c++) {
            if (c != best) {
                second = Math.max(second, p[c]);
            }
        }
        double p1 = clamp(p[best]);
        return new double[] {Math.log(p1 / (1 - p1)), Math.log(p1 / clamp(second))};
    }

    /** Logistic regression by Newton's method on three parameters, lightly regularised towards the identity. */
    private static double[] logistic(double[][] x, double[] y) {
        double[] w = {1, 0, 0};
        double lambda = 1e-2;
        for (int it = 0; it < ITERATIONS; it++) {
            double[] g = new double[3];
            double[][] h = new double[3][3];
            for (int i = 0; i < x.length; i++) {
                double[] v = {x[i][0], x[i][1], 1};
                double p = sigmoid(w[0] * v[0] + w[1] * v[1] + w[2]);
                for (int a = 0; a < 3; a++) {
                    g[a] += (y[i] - p) * v[a];
                    for (int b = 0; b < 3; b++) {
                        h[a][b] += p * (1 - p) * v[a] * v[b];
                    }
                }
            }
            double[] prior = {1, 0, 0};
            for (int a = 0; a < 3; a++) {
                g[a] -= lambda * (w[a] - prior[a]);
                h[a][a] += lambda;
            }
            double[] step = solve(h, g);
            double size = 0;
            for (int a = 0; a < 3; a++) {
                w[a] += step[a];
                size += Math.abs(step[a]);
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                pivot = Math.abs(m[r][c]) > Math.abs(m[pivot][c]) ? r : pivot;
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[c][c]) < 1e-12) {
                return new double[n];
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }

    private static double clamp(double p) {
        return Math.min(1 - EPS, Math.max(EPS, p));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}

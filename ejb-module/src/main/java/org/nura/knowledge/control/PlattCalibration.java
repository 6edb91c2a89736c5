package org.nura.knowledge.control;

import java.util.List;

/**
 * Platt scaling of the winning probability: {@code σ(a·logit(p₁) + b·log(p₁/p₂) + c)}, fitted on answers the
 * ranker gave for rows it was not fitted on (cross-fitting), so that a confidence of 0.8 means about 80% right on
 * unseen phrasings rather than on the phrases the weights were fitted to.
 *
 * <p>The promise behind "high confidence" (≥ {@link #HIGH}: answered on its own, shown as high) is stricter than
 * calibration: such answers must be right at least {@link #HIGH_PRECISION} of the time. Customers' messages are
 * harder than the tenant's own phrasings the fit sees, so the confidence at which the cross-fitted answers reach
 * that precision is mapped onto {@link #HIGH}, stretching the range between {@link #KEPT} and it; confidences below
 * {@link #KEPT} (the answer and hand-off thresholds) are left as fitted.
 */
final class PlattCalibration {

    static final double HIGH = 0.8;
    static final PlattCalibration IDENTITY = new PlattCalibration(new double[] {1, 0, 0}, HIGH);
    /** Chosen on the dev sets (deployment/eval: grouped k-fold, examples k-fold, styles-, arabizi-, english-dev). */
    static final double HIGH_PRECISION = 0.98;
    static final double KEPT = 0.5;
    /** Fewer answers than this above a confidence say nothing about its precision. */
    private static final int MIN_HIGH = 100;

    private static final int FOLDS = 5;
    private static final int ITERATIONS = 300;
    private static final int REFIT_ITERATIONS = 80;
    private static final double REFIT_STEP = 0.05;
    private static final double EPS = 1e-6;

    private final double[] w;
    /** The fitted confidence shown as {@link #HIGH}. */
    private final double high;

    private PlattCalibration(double[] w, double high) {
        this.w = w;
        this.high = high;
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
        double[] fitted = logistic(x, y);
        return new PlattCalibration(fitted, highFrom(fitted, x, y));
    }

    /**
     * The lowest fitted confidence at or above which the cross-fitted answers are right {@link #HIGH_PRECISION} of the
     * time (among at least {@link #MIN_HIGH} answers), never below {@link #HIGH}.
     */
    private static double highFrom(double[] w, double[][] x, double[] y) {
        Integer[] order = new Integer[x.length];
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
            c[i] = sigmoid(dot(w, x[i]));
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(c[b], c[a]));
        double high = 1;
        int right = 0;
        for (int k = 0; k < order.length; k++) {
            right += (int) y[order[k]];
            if (k + 1 >= MIN_HIGH && right >= HIGH_PRECISION * (k + 1)) {
                high = c[order[k]];
            }
        }
        return Math.max(HIGH, Math.min(high, 1 - EPS));
    }

    /** The confidence of the winner of {@code p}. */
    double confidence(double[] p) {
        double c = sigmoid(dot(w, inputs(p)));
        if (c < KEPT) {
            return c;
        }
        return c < high ? KEPT + (HIGH - KEPT) * (c - KEPT) / (high - KEPT) : HIGH + (1 - HIGH) * (c - high) / (1 - high);
    }

    private static double dot(double[] w, double[] v) {
        double z = 0;
        for (int a = 0; a < w.length; a++) {
            z += w[a] * v[a];
        }
        return z;
    }

    /** The fitted weights followed by the confidence shown as high. */
    double[] weights() {
        double[] out = java.util.Arrays.copyOf(w, w.length + 1);
        out[w.length] = high;
        return out;
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
        return new double[] {Math.log(p1 / (1 - p1)), Math.log(p1 / clamp(second)), 1};
    }

    /** Logistic regression by Newton's method on the inputs (the last is the constant), lightly regularised towards the identity. */
    private static double[] logistic(double[][] x, double[] y) {
        int n = IDENTITY.w.length;
        double[] w = IDENTITY.w.clone();
        double lambda = 1e-2;
        for (int it = 0; it < ITERATIONS; it++) {
            double[] g = new double[n];
            double[][] h = new double[n][n];
            for (int i = 0; i < x.length; i++) {
                double[] v = x[i];
                double p = sigmoid(dot(w, v));
                for (int a = 0; a < n; a++) {
                    g[a] += (y[i] - p) * v[a];
                    for (int b = 0; b < n; b++) {
                        h[a][b] += p * (1 - p) * v[a] * v[b];
                    }
                }
            }
            for (int a = 0; a < n; a++) {
                g[a] -= lambda * (w[a] - IDENTITY.w[a]);
                h[a][a] += lambda;
            }
            double[] step = solve(h, g);
            double size = 0;
            for (int a = 0; a < n; a++) {
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

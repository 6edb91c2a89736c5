package org.nura.knowledge.control;

import java.util.List;

/**
 * A conditional-logit linear model: one weight per evidence feature shared by all intents, softmax over intents.
 * Trained by maximum likelihood on held-out (leave-one-group-out) feature rows, its probabilities are calibrated on
 * evidence the model had not seen, which is what a confidence threshold needs.
 */
final class SoftmaxRanker {

    private static final int ITERATIONS = 400;
    private static final double STEP = 0.5;
    private static final double L2 = 1e-3;

    private final double[] weights;

    private SoftmaxRanker(double[] weights) {
        this.weights = weights;
    }

    /** Fits weights to rows ({@code [intent][feature]}) whose correct intents are {@code labels}. */
    static SoftmaxRanker fit(List<double[][]> rows, int[] labels, int features) {
        return fit(rows, labels, new double[features], ITERATIONS, STEP);
    }

    /** Fits from {@code start} (warm start: a few small steps suffice when the rows are most of the same rows). */
    static SoftmaxRanker fit(List<double[][]> rows, int[] labels, double[] start, int iterations, double step) {
        int features = start.length;
        double[] w = start.clone();
        double[] g = new double[features];
        double[] m = new double[features];
        double[] v = new double[features];
        for (int it = 1; it <= iterations; it++) {
            gradient(rows, labels, w, g);
            // Adam: features differ in scale by an order of magnitude and plain steps would crawl on the small ones
            for (int f = 0; f < features; f++) {
                m[f] = 0.9 * m[f] + 0.1 * g[f];
                v[f] = 0.999 * v[f] + 0.001 * g[f] * g[f];
                double mh = m[f] / (1 - Math.pow(0.9, it));
                double vh = v[f] / (1 - Math.pow(0.999, it));
                w[f] += step * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        return new SoftmaxRanker(w);
    }

    private static void gradient(List<double[][]> rows, int[] labels, double[] w, double[] g) {
        java.util.Arrays.fill(g, 0);
        for (int i = 0; i < rows.size(); i++) {
            double[][] x = rows.get(i);
            double[] p = probabilities(x, w);
            for (int c = 0; c < x.length; c++) {
                double coef = (c == labels[i] ? 1 : 0) - p[c];
                for (int f = 0; f < w.length; f++) {
                    g[f] += coef * x[c][f];
                }
            }
        }
        for (int f = 0; f < w.length; f++) {
            g[f] = g[f] / rows.size() - L2 * w[f];
        }
    }

    /** The probability of each intent for one feature row. */
    double[] probabilities(double[][] x) {
        return probabilities(x, weights);
    }

    double[] weights() {
        return weights.clone();
    }

    private static double[] probabilities(double[][] x, double[] w) {
        double[] s = new double[x.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < x.length; c++) {
            for (int f = 0; f < w.length; f++) {
                s[c] += w[f] * x[c][f];
            }
            max = Math.max(max, s[c]);
        }
        double sum = 0;
        for (int c = 0; c < x.length; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < x.length; c++) {
            s[c] /= sum;
        }
        return s;
    }
}

package org.nura.knowledge.control;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the on-box model on labelled questions, from the command line:
 * <pre>
 *   Evaluation [--train DEV.csv] [--errors] QUESTIONS.csv   train on shipped content (+ DEV), score QUESTIONS
 *   Evaluation --kfold K [--errors] DEV.csv                  grouped k-fold over DEV (articles + examples always in)
 *   Evaluation --kfold K --on-examples [--errors] DEV.csv    k-fold over tenant/examples.csv (DEV always in training)
 * </pre>
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** Scores a trained model over questions. */
    public static Scoring evaluate(OnBoxModel model, TenantContent content, List<LabelledQuestion> questions) {
        Scoring scoring = new Scoring(id -> definition(content, id));
        for (LabelledQuestion q : questions) {
            scoring.add(q, model.understand(q.question(), null));
        }
        return scoring;
    }

    /** Grouped k-fold: for each fold, train on {@code base} plus the other folds and score the held-out fold. */
    public static Scoring crossValidate(TenantContent base, List<LabelledQuestion> questions, int k) {
        Scoring scoring = new Scoring(id -> definition(base, id));
        List<List<LabelledQuestion>> folds = GroupedKFold.split(questions, k);
        for (int f = 0; f < k; f++) {
            List<TenantContent.Example> training = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    folds.get(g).forEach(q -> training.add(q.asExample()));
                }
            }
            OnBoxModel model = OnBoxModel.train(base.withExamples(training));
            for (LabelledQuestion q : folds.get(f)) {
                scoring.add(q, model.understand(q.question(), null));
            }
        }
        return scoring;
    }

    /** K-fold over the tenant's own example phrases, by language: the only estimate for English and Kurmanji. */
    public static Scoring crossValidateExamples(TenantContent base, List<TenantContent.Example> examples,
            List<LabelledQuestion> alwaysTrain, int k) {
        Scoring scoring = new Scoring(id -> definition(base, id));
        TenantContent withDev = base.withExamples(alwaysTrain.stream().map(LabelledQuestion::asExample).toList());
        for (int f = 0; f < k; f++) {
            List<TenantContent.Example> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % k != f) {
                    training.add(examples.get(i));
                }
            }
            OnBoxModel model = OnBoxModel.train(withDev.withExamples(training));
            for (int i = f; i < examples.size(); i += k) {
                TenantContent.Example e = examples.get(i);
                LabelledQuestion q = new LabelledQuestion("example-" + i, e.intent(), e.text(), null);
                scoring.add(q, model.understand(e.text(), null), e.lang());
            }
        }
        return scoring;
    }

    private static TenantContent.IntentDef definition(TenantContent content, String id) {
        return content.intents().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    public static void main(String[] args) throws IOException {
        int k = 0;
        Path train = null;
        Path questions = null;
        boolean errors = false;
        boolean onExamples = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kfold" -> k = Integer.parseInt(args[++i]);
                case "--train" -> train = Path.of(args[++i]);
                case "--errors" -> errors = true;
                case "--on-examples" -> onExamples = true;
                default -> questions = Path.of(args[i]);
            }
        }
        if (questions == null) {
            System.err.println("usage: Evaluation [--kfold K | --train DEV.csv] [--errors] QUESTIONS.csv");
            System.exit(2);
        }
        print(System.out, onExamples ? runOnExamples(k, questions) : run(k, train, questions), errors);
    }

    private static Scoring runOnExamples(int k, Path dev) throws IOException {
        TenantContent shipped = TenantContent.sampleWithExamples();
        List<TenantContent.Example> examples = shipped.examples();
        System.out.printf("%d-fold over tenant/examples.csv (%d phrases), %s always in training%n", k, examples.size(), dev);
        TenantContent base = new TenantContent(shipped.articles(), shipped.intents(), List.of(), shipped.chunks());
        return crossValidateExamples(base, examples, LabelledQuestion.read(dev), Math.max(k, 2));
    }

    private static Scoring run(int k, Path train, Path questionsFile) throws IOException {
        TenantContent content = TenantContent.sampleWithExamples();
        List<LabelledQuestion> questions = LabelledQuestion.read(questionsFile);
        long start = System.nanoTime();
        Scoring scoring;
        if (k > 0) {
            System.out.printf("grouped %d-fold over %s (%d questions)%n", k, questionsFile, questions.size());
            scoring = crossValidate(content, questions, k);
        } else {
            if (train != null) {
                content = content.withExamples(LabelledQuestion.read(train).stream().map(LabelledQuestion::asExample).toList());
            }
            System.out.printf("trained on articles + examples.csv%s; scoring %s (%d questions)%n",
                    train == null ? "" : " + " + train, questionsFile, questions.size());
            scoring = evaluate(OnBoxModel.train(content), content, questions);
        }
        System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
        return scoring;
    }

    /** The report: accuracy, per language and tag, per intent, confusions, calibration. */
    public static void print(PrintStream out, Scoring s, boolean errors) {
        out.printf(Locale.ROOT, "accuracy %.1f%% (%d questions)%n", 100 * s.accuracy(), s.outcomes().size());
        s.perLanguage().forEach((lang, r) -> out.printf(Locale.ROOT, "  lang %-14s %5.1f%% of %d%n", lang,
                100.0 * r[1] / r[0], r[0]));
        s.perTag().forEach((tag, r) -> out.printf(Locale.ROOT, "  tag  %-14s %5.1f%% of %d%n", tag,
                100.0 * r[1] / r[0], r[0]));
        out.printf("%n%-22s %5s %7s %9s %7s%n", "intent", "n", "right", "precision", "recall");
        for (Map.Entry<String, int[]> e : s.perIntent().entrySet()) {
            int[] r = e.getValue();
            out.printf(Locale.ROOT, "%-22s %5d %7s %9s %7s%n", e.getKey(), r[0], pct(r[1], r[0]), pct(r[3], r[2]),
                    pct(r[3], r[0]));
        }
        out.printf("%nconfusions (expected -> answered, wrong answers only)%n");
        s.confusions().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.printf("  %3d  %s%n", e.getValue(), e.getKey()));
        out.printf("%ncalibration%n  %-11s %6s %9s%n", "confidence", "count", "accuracy");
        s.calibration().forEach(b -> out.printf(Locale.ROOT, "  [%.1f, %.1f) %6d %9s%n", b.from(), b.to(), b.count(),
                pct(b.right(), b.count())));
        for (double t : new double[] {0.5, 0.6, 0.7, 0.8, 0.9}) {
            Scoring.Bucket b = s.atOrAbove(t);
            out.printf(Locale.ROOT, "  confidence >= %.1f: %d answers (%.0f%% of all), %s right%n", t, b.count(),
                    100.0 * b.count() / s.outcomes().size(), pct(b.right(), b.count()));
        }
        if (errors) {
            out.printf("%nwrong answers%n");
            s.outcomes().stream().filter(o -> !o.right()).forEach(o -> out.printf(Locale.ROOT,
                    "  %s [%s -> %s %.2f] %s%n", o.question().id(), o.question().intent(), o.answer().intent(),
                    o.answer().confidence(), o.question().question()));
        }
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nura.knowledge.control.LabelledQuestion;
import org.nura.knowledge.control.OnBoxModel;
import org.nura.knowledge.control.TenantContent;

/**
 * Latency of the on-box tier in-process: trains the model on the shipped content plus the dev questions, then times
 * understand() + searchHandbook() per message over the dev questions and the held-out check, many rounds, after a
 * warm-up.
 * Run from the repository root (see BENCHMARKS.md): java -cp CLASSPATH deployment/bench/OnBoxBench.java [ROUNDS]
 */
public class OnBoxBench {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<LabelledQuestion> dev = LabelledQuestion.read(Path.of("deployment/eval/intents-dev.csv"));
        TenantContent content = TenantContent.sampleWithExamples()
                .withExamples(dev.stream().map(LabelledQuestion::asExample).toList());
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        OnBoxModel model = OnBoxModel.train(content);
        System.out.printf(Locale.ROOT, "training (cold JVM): %.0f ms wall, %.0f ms CPU of this thread%n",
                (System.nanoTime() - t0) / 1e6, (CPU.getCurrentThreadCpuTime() - c0) / 1e6);
        // the dev questions and the held-out check (Sorani, long stories, Arabizi among them): every style is timed
        List<String> messages = new ArrayList<>(dev.stream().map(LabelledQuestion::question).toList());
        LabelledQuestion.read(Path.of("deployment/eval/multilingual-check.csv")).forEach(q -> messages.add(q.question()));
        for (int i = 0; i < 5; i++) {
            time(model, messages); // warm-up: let the JIT compile the hot paths before measuring
        }
        List<long[]> samples = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            samples.addAll(time(model, messages));
        }
        System.out.printf(Locale.ROOT, "messages timed: %d (%d rounds x %d), load average now: %s%n", samples.size(),
                rounds, messages.size(), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        report("wall", samples.stream().mapToLong(s -> s[0]).sorted().toArray());
        // CPU time of the measuring thread: what the work costs when the scheduler is not taking the core away
        report("CPU ", samples.stream().mapToLong(s -> s[1]).sorted().toArray());
    }

    private static void report(String clock, long[] ns) {
        System.out.printf(Locale.ROOT, "understand+searchHandbook per message, %s: p50 %.3f ms, p95 %.3f ms,"
                + " p99 %.3f ms, max %.3f ms%n", clock, pct(ns, 50), pct(ns, 95), pct(ns, 99), ns[ns.length - 1] / 1e6);
    }

    private static List<long[]> time(OnBoxModel model, List<String> messages) {
        List<long[]> out = new ArrayList<>(messages.size());
        int sink = 0;
        for (String m : messages) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            sink += model.understand(m, null).passages().size();
            sink += model.searchHandbook(m, 4).size();
            out.add(new long[] {System.nanoTime() - t, CPU.getCurrentThreadCpuTime() - c});
        }
        if (sink < 0) {
            System.out.println(sink); // keeps the calls observable so they cannot be optimised away
        }
        return out;
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}

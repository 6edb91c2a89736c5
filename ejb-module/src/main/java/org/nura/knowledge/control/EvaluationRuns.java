package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The cross-validation runs of this node, newest last, with their progress: enough to show the evaluation before a
 * change next to the one after it. Kept in memory (a few dozen runs): a figure of a model, not business data.
 */
@ApplicationScoped
public class EvaluationRuns {

    static final int KEPT = 30;

    /** A run's state as the console shows it; {@code report} is null until the run finished. */
    public record Run(String id, long revision, int folds, int foldsDone, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, EvaluationReport report, String error) {

        public boolean finished() {
            return finishedAt != null;
        }
    }

    private final Map<String, Run> runs = new LinkedHashMap<>();
    private final java.util.Set<String> claimed = new java.util.HashSet<>();

    /** True for the one caller that gets to run {@code id}; a second start of the same run does nothing. */
    public synchronized boolean claim(String id) {
        return runs.containsKey(id) && claimed.add(id);
    }

    /** A new run of {@code revision}, or the unfinished one already running for it. */
    public synchronized Run start(long revision, int folds) {
        Optional<Run> running = runs.values().stream().filter(r -> r.revision() == revision && !r.finished())
                .findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        Run run = new Run(UUID.randomUUID().toString(), revision, folds, 0, OffsetDateTime.now(), null, null, null);
        runs.put(run.id(), run);
        while (runs.size() > KEPT) {
            claimed.remove(runs.keySet().iterator().next());
            runs.remove(runs.keySet().iterator().next());
        }
        return run;
    }

    public synchronized void progress(String id, int foldsDone) {
        runs.computeIfPresent(id, (k, r) -> new Run(r.id(), r.revision(), r.folds(), foldsDone, r.startedAt(), null,
                null, null));
    }

    public synchronized void finish(String id, EvaluationReport report, String error) {
        runs.computeIfPresent(id, (k, r) -> new Run(r.id(), r.revision(), r.folds(), report == null ? r.foldsDone()
                : r.folds(), r.startedAt(), OffsetDateTime.now(), report, error));
    }

    public synchronized Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Whether a run of {@code revision} has finished well or is under way. */
    public synchronized boolean covered(long revision) {
        return runs.values().stream().anyMatch(r -> r.revision() == revision && r.error() == null);
    }

    /** All runs, newest first. */
    public synchronized List<Run> all() {
        List<Run> list = new ArrayList<>(runs.values());
        list.sort(Comparator.comparing(Run::startedAt).reversed());
        return list;
    }
}

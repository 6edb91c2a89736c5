package org.nura.analytics.boundary;

import java.time.LocalDate;
import java.util.List;
import org.nura.analytics.control.SectionReader;

/** 👍/👎 of the period's answers, by source and by intent, and the newest 👎 with the question they judged. */
public record RatingsView(LocalDate from, LocalDate to, long thumbsUp, long thumbsDown, Double thumbsUpShare,
        List<Group> bySource, List<Group> byIntent, List<SectionReader.ThumbsDown> latestThumbsDown) {

    /** Ratings of one source or one intent. */
    public record Group(String key, long thumbsUp, long thumbsDown, Double thumbsUpShare) {
    }
}

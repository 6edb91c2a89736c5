package org.nura.knowledge.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Arabizi read in Arabic script: each Latin word of an Arabizi message is given the Arabic word of the tenant's own
 * texts that has the same consonant skeleton ({@link TextAnalysis#latinSkeleton}, {@link TextAnalysis#arabicSkeleton}),
 * so "taghtiye", "tagh6iya" and "ta8tye" all find "تغطيه" and with it every Arabic phrasing, word index and concept
 * the tenant wrote, where rules alone cannot restore the vowels Arabizi writes and Arabic script omits. A skeleton the
 * texts never had is left unread; of several words with one skeleton the commonest wins.
 */
final class ArabiziBridge {

    /** One consonant says too little ("m" is ما, من, مع...); two already name most stems ("nt" نت, "bd" بدي). */
    private static final int MIN_SKELETON = 2;
    /** Attached particles an Arabizi word may carry that its Arabic twin in the texts need not: b-, l-, f-, k-. */
    private static final String CLITICS = "blfk";
    /** A two-consonant word is read only when its written vowels are this close to the stem's. */
    private static final double SHORT_WORD_DISTANCE = 1;
    /** Endings the Arabic stemmer removes, as skeleton letters: -ون -ين -ان (n), -ات (t), -ها (h). */
    private static final String ENDINGS = "nth";
    private static final double SHORT_VOWEL = 0.5;
    private static final double LONG_VOWEL = 0.7;
    /** How much a stem's frequency in the texts counts against vowel distance, per factor e. */
    private static final double COMMON = 0.3;

    /** Per skeleton, its Arabic stems with their vowel forms, commonest first. */
    private final Map<String, List<Candidate>> words = new HashMap<>();

    /** An Arabic stem of the texts, its vowel form ({@link Skeletons#arabic(String, boolean)}) and how often it occurs. */
    private record Candidate(String stem, String vowels, int count) {
    }

    /** Learns the skeletons of the Arabic-script words of {@code texts}. */
    ArabiziBridge(Collection<String> texts) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String text : texts) {
            for (String word : TextAnalysis.surfaceWords(text)) {
                if (!arabic(word)) {
                    continue;
                }
                for (String stem : TextAnalysis.terms(TextAnalysis.AR, word)) {
                    String skeleton = Skeletons.arabic(stem);
                    if (skeleton.length() >= MIN_SKELETON) {
                        counts.computeIfAbsent(skeleton, k -> new HashMap<>()).merge(stem, 1, Integer::sum);
                    }
                }
            }
        }
        counts.forEach((skeleton, stems) -> words.put(skeleton, stems.entrySet().stream()
                .map(e -> new Candidate(e.getKey(), Skeletons.arabic(e.getKey(), true), e.getValue()))
                .sorted(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::stem))
                .toList()));
    }

    /** The text followed by its Arabic reading when it looks like Arabizi; otherwise the text itself. */
    String withArabic(String text) {
        if (text == null || !LanguageGuesser.looksArabizi(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text).append('\n');
        int read = 0;
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (raw.isEmpty() || LanguageGuesser.MEASURE.matcher(raw).matches()) {
                continue;
            }
            String arabic = read(LanguageGuesser.arabiziSpelling(raw));
            if (arabic != null) {
                out.append(arabic).append(' ');
                read++;
            }
        }
        return read == 0 ? text : out.toString().strip();
    }

    /**
     * The Arabic stem of an Arabizi word: among the stems of its skeleton (else of its skeleton less an attached
     * particle b- l- f- k-, or less an ending the Arabic stemmer takes off: -un/-in/-an, -at, -ha) the one whose vowels
     * are closest to the written ones, commoner stems preferred; null when none fits.
     */
    private String read(String word) {
        String skeleton = Skeletons.latin(word);
        if (skeleton.length() < MIN_SKELETON) {
            return null;
        }
        String vowels = Skeletons.latin(word, true);
        List<Candidate> candidates = words.get(skeleton);
        if (candidates == null && skeleton.length() > MIN_SKELETON && CLITICS.indexOf(skeleton.charAt(0)) >= 0) {
            candidates = words.get(skeleton.substring(1));
            vowels = candidates == null ? vowels : vowels.substring(vowels.indexOf(skeleton.charAt(1), 1));
        }
        if (candidates == null && skeleton.length() > MIN_SKELETON && ENDINGS.indexOf(last(skeleton)) >= 0) {
            candidates = words.get(skeleton.substring(0, skeleton.length() - 1));
            vowels = candidates == null ? vowels : vowels.substring(0, vowels.lastIndexOf(last(skeleton)));
        }
        if (candidates == null) {
            return null;
        }
        Candidate best = null;
        double bestScore = Double.MAX_VALUE;
        double bestDistance = 0;
        for (Candidate c : candidates) {
            double d = distance(vowels, c.vowels());
            double score = d - COMMON * Math.log(c.count());
            if (score < bestScore) {
                best = c;
                bestScore = score;
                bestDistance = d;
            }
        }
        // two consonants are a guess; only a close vowel match makes it a reading
        return skeleton.length() > MIN_SKELETON || bestDistance <= SHORT_WORD_DISTANCE ? best.stem() : null;
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }

    /**
     * Edit distance of two vowel forms (their consonants are the same): a vowel written in Arabizi but not in Arabic
     * (a short vowel) costs {@link #SHORT_VOWEL}, an Arabic long vowel Arabizi left out {@link #LONG_VOWEL}, any other
     * change 1.
     */
    static double distance(String latin, String arabic) {
        double[] row = new double[arabic.length() + 1];
        for (int j = 1; j <= arabic.length(); j++) {
            row[j] = row[j - 1] + LONG_VOWEL;
        }
        for (int i = 1; i <= latin.length(); i++) {
            double diagonal = row[0];
            row[0] += SHORT_VOWEL;
            for (int j = 1; j <= arabic.length(); j++) {
                double up = row[j];
                double same = diagonal + (latin.charAt(i - 1) == arabic.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(same, Math.min(row[j] + SHORT_VOWEL, row[j - 1] + LONG_VOWEL));
                diagonal = up;
            }
        }
        return row[arabic.length()];
    }

    private static boolean arabic(String word) {
        return !word.isEmpty() && word.charAt(0) >= '\u0600' && word.charAt(0) <= '\u06FF';
    }
}

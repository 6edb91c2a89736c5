package org.nura.knowledge.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lexicon-based sentiment for Arabic (Modern Standard and colloquial), Kurmanji and English: good enough to notice
 * an angry or clearly unhappy customer, which is all the handoff policy needs. Negative words lower the score,
 * anger words lower it more, exclamation marks and shouting amplify it.
 */
public final class SentimentScorer {

    /** The verdict: a score in [-1, 1], a label, and whether the customer sounds angry. */
    public record Sentiment(double score, String label, boolean angry) {
    }

    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u0652\\u0640]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final Set<String> ANGRY = fold(
            // Arabic (normalised: ا for أإآ, ه for ة, ي for ى)
            "غاضب", "زعلان", "معصب", "عصبي", "قرفت", "قرفان", "زهقت", "طفح", "مهزله", "نصابين", "نصب", "حراميه",
            "سرقه", "سرقتوا", "حرامي", "كذابين", "فاشلين", "تافهين", "اسوا", "لعنه", "خربانين", "مقرف",
            // Kurmanji (folded: c for ç, s for ş, e for ê, i for î, u for û)
            "hêrs", "hêrsbûyî", "xezeb", "diz", "dizî", "derewîn", "rezîl",
            // English
            "angry", "furious", "ridiculous", "scam", "scammers", "thieves", "rip", "ripoff", "worst", "pathetic",
            "disgusting", "unacceptable", "useless", "outraged", "hate", "fed");
    private static final Set<String> NEGATIVE = fold(
            "سيء", "سيئه", "سيئ", "مشكله", "مشاكل", "ما", "مو", "تعبت", "تعبان", "مزعج", "بطيء", "خربان", "عطل",
            "زفت", "ضعيف", "غالي", "خساره", "مستاء", "منزعج", "شكوي", "اشتكي", "ازعاج", "ابدا",
            "xirab", "pirsgirêk", "nerazî", "gazin", "gilî", "bêzar", "aciz", "westiyam", "giran",
            "bad", "terrible", "awful", "poor", "slow", "broken", "problem", "complaint", "complain", "unhappy",
            "disappointed", "annoyed", "frustrated", "waste", "never", "again", "still");
    private static final Set<String> POSITIVE = fold(
            "شكرا", "ممتاز", "رائع", "حلو", "منيح", "تمام", "مشكور", "يعطيك", "جميل", "ممنون",
            "spas", "baş", "xweş", "supas",
            "thanks", "thank", "great", "good", "excellent", "perfect", "awesome", "helpful", "love");
    /** Words that are negative only as part of a complaint, not on their own (Arabic "ما" is also "what"). */
    private static final Set<String> WEAK = fold("ما", "مو", "never", "again", "still", "ابدا");

    public Sentiment score(String text) {
        if (text == null || text.isBlank()) {
            return new Sentiment(0, "neutral", false);
        }
        List<String> tokens = TOKEN.matcher(normalise(text)).results().map(m -> m.group()).toList();
        double raw = 0;
        int angerHits = 0;
        int strongNegatives = 0;
        for (String word : tokens) {
            String token = lexiconForm(word);
            if (ANGRY.contains(token)) {
                raw -= 2;
                angerHits++;
            } else if (NEGATIVE.contains(token)) {
                raw -= WEAK.contains(token) ? 0.25 : 1;
                strongNegatives += WEAK.contains(token) ? 0 : 1;
            } else if (POSITIVE.contains(token)) {
                raw += 1;
            }
        }
        raw *= amplifier(text);
        double score = Math.max(-1, Math.min(1, raw / Math.max(3, Math.sqrt(tokens.size()) * 1.5)));
        boolean angry = angerHits > 0 && score <= -0.3 || score <= -0.75 && strongNegatives >= 2;
        String label = score <= -0.25 ? "negative" : score >= 0.25 ? "positive" : "neutral";
        return new Sentiment(score, label, angry);
    }

    private static double amplifier(String text) {
        long bangs = text.chars().filter(c -> c == '!' || c == '！').count();
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(c -> Character.isUpperCase(c)).count();
        boolean shouting = letters >= 8 && upper * 10 >= letters * 7;
        return 1 + Math.min(bangs, 3) * 0.25 + (shouting ? 0.5 : 0);
    }

    /** The word as the lexicon lists it: Arabic clitics (و، ال، بال، لل) are tried off when the bare word is unknown. */
    private static String lexiconForm(String token) {
        for (String prefix : new String[] {"", "وال", "بال", "فال", "لل", "ال", "و"}) {
            if (token.startsWith(prefix) && token.length() - prefix.length() >= 2) {
                String bare = token.substring(prefix.length());
                if (ANGRY.contains(bare) || NEGATIVE.contains(bare) || POSITIVE.contains(bare)) {
                    return bare;
                }
            }
        }
        return token;
    }

    private static Set<String> fold(String... words) {
        return java.util.Arrays.stream(words).map(SentimentScorer::normalise).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Arabic orthographic variants and Kurmanji letters folded, so one lexicon entry covers the spellings. */
    static String normalise(String text) {
        String s = DIACRITICS.matcher(text).replaceAll("")
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي');
        s = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s;
    }
}

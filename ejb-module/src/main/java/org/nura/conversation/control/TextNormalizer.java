package org.nura.conversation.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings messages to one spelling for phrase rules: lower case, no Arabic diacritics or tatweel, one alef, yeh and
 * heh form, Latin letters folded to ASCII (so "spas" matches "spas" and "çawa" matches "cawa"), no punctuation.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
                .replaceAll("[أإآٱ]", "ا")
                .replace('ى', 'ي')
                .replace('ة', 'ه')
                .replace('ؤ', 'و')
                .replace('ئ', 'ي');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return " " + s + " ";
    }
}

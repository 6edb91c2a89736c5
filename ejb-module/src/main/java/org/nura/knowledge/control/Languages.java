package org.nura.knowledge.control;

import java.util.List;
import org.nura.platform.control.NuraException;

/** The languages the tenant's content and the assistant speak: Arabic first, Kurmanji Kurdish, English. */
public final class Languages {

    public static final String ARABIC = "ar";
    public static final String KURDISH = "ku";
    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(ARABIC, KURDISH, ENGLISH);

    private Languages() {
    }

    public static boolean supported(String lang) {
        return lang != null && SUPPORTED.contains(lang);
    }

    /** The language asked for, Arabic when none was given; an unknown code is the caller's mistake (400). */
    public static String requireOrDefault(String lang) {
        if (lang == null || lang.isBlank()) {
            return ARABIC;
        }
        if (!supported(lang)) {
            throw NuraException.invalid("unknown_lang", "lang must be one of " + SUPPORTED + ", not '" + lang + "'");
        }
        return lang;
    }

    /** The order to try languages in when content is missing in the one asked for. */
    public static List<String> preference(String lang) {
        return switch (lang) {
            case KURDISH -> List.of(KURDISH, ARABIC, ENGLISH);
            case ENGLISH -> List.of(ENGLISH, ARABIC, KURDISH);
            default -> List.of(ARABIC, ENGLISH, KURDISH);
        };
    }
}

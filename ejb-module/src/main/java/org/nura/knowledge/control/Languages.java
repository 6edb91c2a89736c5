package org.nura.knowledge.control;

import java.util.List;
import org.nura.platform.control.NuraException;

/**
 * The languages the tenant's content and the assistant speak: Arabic first, Kurmanji Kurdish (Latin script), English
 * and Sorani Kurdish (Arabic script, ISO 639-3 {@code ckb}).
 */
public final class Languages {

    public static final String ARABIC = "ar";
    public static final String KURDISH = "ku";
    public static final String ENGLISH = "en";
    public static final String SORANI = "ckb";
    public static final List<String> SUPPORTED = List.of(ARABIC, KURDISH, ENGLISH, SORANI);

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
            case KURDISH -> List.of(KURDISH, ARABIC, ENGLISH, SORANI);
            case ENGLISH -> List.of(ENGLISH, ARABIC, KURDISH, SORANI);
            // Sorani readers read Arabic script; Kurmanji's Latin script is the last resort
            case SORANI -> List.of(SORANI, ARABIC, ENGLISH, KURDISH);
            default -> List.of(ARABIC, ENGLISH, KURDISH, SORANI);
        };
    }
}

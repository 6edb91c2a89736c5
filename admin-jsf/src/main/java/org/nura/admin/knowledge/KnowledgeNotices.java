package org.nura.admin.knowledge;

import org.nura.admin.platform.Notices;
import org.nura.platform.control.NuraException;

/** Refusals of the knowledge boundaries in the user's language when the bundle knows the code, else in their words. */
final class KnowledgeNotices {

    private KnowledgeNotices() {
    }

    static void refused(NuraException e) {
        String key = "refused." + e.code();
        if (Notices.text("kmsg", key).equals(key)) {
            Notices.refused(e);
        } else {
            Notices.error("kmsg", key);
        }
    }

    /** The text direction of a content language: Arabic and Sorani are written right to left. */
    static String direction(String lang) {
        return "ar".equals(lang) || "ckb".equals(lang) ? "rtl" : "ltr";
    }
}

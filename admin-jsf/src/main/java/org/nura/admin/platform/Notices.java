package org.nura.admin.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.nura.platform.control.NuraException;

/**
 * Messages at the top of a console page, in the user's language: {@code bundle} is the faces-config variable of
 * the component's texts ({@code msg}, {@code hmsg}, {@code amsg}, {@code cmsg}, {@code kmsg}, {@code smsg}).
 */
public final class Notices {

    private Notices() {
    }

    /** A text of the component's bundle, with {0}… filled in; the key itself when the text is missing. */
    public static String text(String bundle, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, bundle);
        try {
            String pattern = texts.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, texts.getLocale()).format(args);
        } catch (MissingResourceException | NullPointerException e) {
            return key;
        }
    }

    /** A code's name in the user's language ({@code prefix + code} in the bundle); the code itself when unknown. */
    public static String label(String bundle, String prefix, String code) {
        if (code == null) {
            return null;
        }
        String text = text(bundle, prefix + code);
        return text.equals(prefix + code) ? code : text;
    }

    public static void info(String bundle, String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(bundle, key, args));
    }

    public static void error(String bundle, String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(bundle, key, args));
    }

    /** A refusal from a boundary: its own words (they name what was wrong), shown as an error. */
    public static void refused(NuraException e) {
        add(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}

package org.nura.admin.analytics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.nura.admin.platform.ConsoleSession;

/**
 * Numbers as the console shows them, in the user's language: counts, shares, money, durations, changes and times
 * (UTC, as every analytics figure counts whole UTC days). Null (nothing to measure) shows as a dash, never as 0.
 */
@Named
@RequestScoped
public class Figures {

    static final String NONE = "—";
    static final String BUNDLE = "org.nura.admin.analytics.Messages";
    /** English is the base bundle: never fall back to the JVM's default locale. */
    static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ConsoleSession session;

    private Locale locale;

    Figures() {
    }

    Figures(Locale locale) {
        this.locale = locale;
    }

    private Locale locale() {
        if (locale == null) {
            locale = session.getLocale();
        }
        return locale;
    }

    public String count(Number value) {
        return value == null ? NONE : NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A share 0..1 as a percentage with one decimal. */
    public String percent(Double share) {
        if (share == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A relative change (0.25 = a quarter more) with its sign; null when the previous period had nothing. */
    public String change(Double change) {
        if (change == null) {
            return NONE;
        }
        return (change > 0 ? "+" : "") + percent(change);
    }

    public String decimal(Number value, int digits) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    public String money(Number usd) {
        return usd == null ? NONE : "$" + decimal(usd, 2);
    }

    /** Seconds as "45 s", "3 min 20 s" or "2 h 5 min" (units from the analytics texts). */
    public String seconds(Number seconds) {
        if (seconds == null) {
            return NONE;
        }
        long s = Math.round(seconds.doubleValue());
        if (s < 60) {
            return unit("duration.s", s);
        }
        if (s < 3600) {
            return unit("duration.min", s / 60) + " " + unit("duration.s", s % 60);
        }
        return unit("duration.h", s / 3600) + " " + unit("duration.min", s % 3600 / 60);
    }

    public String time(OffsetDateTime at) {
        return at == null ? NONE : TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private String unit(String key, long n) {
        return ResourceBundle.getBundle(BUNDLE, locale(), NO_FALLBACK).getString(key).replace("{0}", count(n));
    }
}

package org.nura.blackbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The widget's browser tests: a foreign host site (another origin than the API) for the whole class, and, for the
 * classes that extend {@link WithBrowser}, a fresh Chromium per test.
 */
abstract class HostPage {

    static HostSite site;

    @BeforeAll
    static void startSite() {
        site = new HostSite();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    /** One Chromium per test, closed after it, driving the widget on {@link #site}. */
    abstract static class WithBrowser extends HostPage {

        WidgetBrowser b;

        @BeforeEach
        void startBrowser() {
            b = new WidgetBrowser();
        }

        @AfterEach
        void quitBrowser() {
            b.close();
        }
    }
}

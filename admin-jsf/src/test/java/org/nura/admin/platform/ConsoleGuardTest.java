package org.nura.admin.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which raw URIs the guard refuses before any decision, and which resolved paths are open without signing in. */
class ConsoleGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/jakarta.faces.resource/../jobs/jobs.xhtml",
        "/admin/jakarta.faces.resource/%2e%2e/jobs/jobs.xhtml", "/admin/jakarta.faces.resource/%2E%2E/x.xhtml",
        "/admin/jakarta.faces.resource/..%2Fjobs/jobs.xhtml", "/admin/jakarta.faces.resource/%252e%252e/x.xhtml",
        "/admin/jakarta.faces.resource/..%5Cjobs/jobs.xhtml", "/admin/jakarta.faces.resource/..\\jobs.xhtml",
        "/admin/jobs/jobs.xhtml;jsessionid=abc", "/admin/jobs/jobs.xhtml;x=y", "/admin//jobs/jobs.xhtml",
        "/admin/jobs/jobs.xhtml%00"})
    void ambiguousUrisAreRefused(String uri) {
        assertTrue(ConsoleGuard.ambiguous(uri), uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/index.xhtml", "/admin/jobs/jobs.xhtml", "/admin/login.xhtml",
        "/admin/jakarta.faces.resource/theme.css.xhtml"})
    void plainUrisPass(String uri) {
        assertFalse(ConsoleGuard.ambiguous(uri), uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/jakarta.faces.resource/theme.css.xhtml",
        "/jakarta.faces.resource/primeicons/primeicons.css.xhtml"})
    void theSignInPageAndResourcesAreOpen(String resolvedPath) {
        assertTrue(ConsoleGuard.open(resolvedPath), resolvedPath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/jobs/jobs.xhtml", "", "/", "/login.xhtml.bak", "/jakarta.faces.resource"})
    void everythingElseNeedsASignedInUser(String resolvedPath) {
        assertFalse(ConsoleGuard.open(resolvedPath), resolvedPath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/jobs/jobs.xhtml", "/jobs/other.xhtml"})
    void theJobsScreenIsForAdmins(String resolvedPath) {
        org.junit.jupiter.api.Assertions.assertEquals("admin", ConsoleGuard.requiredRole(resolvedPath));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/", "/jobsx.xhtml"})
    void otherPagesAreForEveryRole(String resolvedPath) {
        org.junit.jupiter.api.Assertions.assertEquals("agent", ConsoleGuard.requiredRole(resolvedPath));
    }
}

package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nobody reaches a console page without signing in, whatever the path looks like: dot segments, encoded and
 * double-encoded dots, slashes and backslashes, path parameters, doubled slashes, upper case. Each such request is
 * refused (400/404) or sent to the sign-in page; the sign-in page and the Faces resources still load.
 */
@ExtendWith(NuraServer.class)
class ConsoleAccessIT {

    private static final String RES = "/admin/jakarta.faces.resource/";

    static Stream<String> trickyConsolePaths() {
        return Stream.of(
                RES + "../jobs/jobs.xhtml", RES + "../index.xhtml", RES + "%2e%2e/jobs/jobs.xhtml",
                RES + "%2E%2E/jobs/jobs.xhtml", RES + ".%2e/jobs/jobs.xhtml", RES + "..%2fjobs/jobs.xhtml",
                RES + "..%2Fjobs/jobs.xhtml", RES + "%2e%2e%2fjobs%2fjobs.xhtml", RES + "%252e%252e/jobs/jobs.xhtml",
                RES + "..%252fjobs/jobs.xhtml", RES + "..\\jobs\\jobs.xhtml", RES + "..%5cjobs/jobs.xhtml",
                RES + "..%5Cjobs/jobs.xhtml", RES + "..;x=1/jobs/jobs.xhtml", RES + "..;jsessionid=abc/index.xhtml",
                "/admin/jakarta.faces.resource;x=y/../jobs/jobs.xhtml", RES + "/../jobs/jobs.xhtml",
                "/admin/JAKARTA.FACES.RESOURCE/../jobs/jobs.xhtml", "/ADMIN/jakarta.faces.resource/../jobs/jobs.xhtml",
                "/admin/login.xhtml/../jobs/jobs.xhtml", "/admin/login.xhtml/../index.xhtml",
                "/admin/jobs/jobs.xhtml;jsessionid=0123456789abcdef", "/admin/jobs/jobs.xhtml;x=y",
                "/admin/index.xhtml;jsessionid=x", "/admin//jobs/jobs.xhtml", "//admin/jobs/jobs.xhtml",
                "/admin/./jobs/jobs.xhtml", "/admin/jobs/./jobs.xhtml", "/admin/%2e/jobs/jobs.xhtml",
                "/admin/jobs/jobs.xhtml%00", "/admin/jobs/jobs.xhtml", "/admin/index.xhtml", "/admin/");
    }

    @ParameterizedTest
    @MethodSource("trickyConsolePaths")
    void noPathReachesAConsolePageWithoutSigningIn(String path) {
        RawHttp.Answer answer = RawHttp.get(path);
        assertNotAConsolePage(path, answer);
    }

    @ParameterizedTest
    @MethodSource("trickyConsolePaths")
    void aFacesPostbackWithoutASessionIsRefused(String path) {
        String form = "jobs=jobs&jobs%3Arefresh=&jakarta.faces.ViewState=stateless";
        RawHttp.Answer answer = RawHttp.send("POST", path, form);
        assertNotAConsolePage("POST " + path, answer);
    }

    @Test
    void theSignInPageAndItsResourcesStillLoad() {
        RawHttp.Answer login = RawHttp.get("/admin/login.xhtml");
        assertEquals(200, login.status(), login.headers());
        assertTrue(login.body().contains("login:username"), "the sign-in form");
        List<String> resources = resourceLinks(login.body());
        assertFalse(resources.isEmpty(), "the sign-in page links its stylesheets and scripts");
        for (String resource : resources) {
            RawHttp.Answer answer = RawHttp.get(resource);
            assertEquals(200, answer.status(), resource);
            assertFalse(answer.body().isBlank(), resource);
        }
    }

    @Test
    void theSignInPageCarriesNoSessionIdInItsUrls() {
        RawHttp.Answer login = RawHttp.get("/admin/login.xhtml");
        assertFalse(login.body().toLowerCase().contains("jsessionid"), "links and the form action stay clean");
    }

    @Test
    void apiPathsWithDotSegmentsStillNeedTheBearer() {
        for (String path : List.of("/v1/health/../jobs/counts", "/v1/health/%2e%2e/jobs/counts",
                "/v1/health/..%2fjobs/counts", "/v1/articles/..;x=1/jobs/counts", "/docs/../v1/jobs/counts",
                "/widget.js/../v1/jobs/counts", "/v1/jobs/counts;x=1")) {
            int status = RawHttp.get(path).status();
            assertTrue(status == 400 || status == 401 || status == 404, path + " answered " + status);
        }
        assertEquals(200, RawHttp.get("/v1/jobs/counts", "Authorization: Bearer " + NuraServer.API_KEY).status());
    }

    @Test
    void theApiModuleAnswersFacesPathsWithAJson404() {
        for (String path : List.of("/x.xhtml", "/jobs/jobs.xhtml", "/x.faces", "/x.jsf", "/faces/x",
                "/ADMIN/jakarta.faces.resource/../jobs/jobs.xhtml")) {
            RawHttp.Answer answer = RawHttp.send("POST", path, "jakarta.faces.ViewState=stateless&a=b");
            assertEquals(404, answer.status(), path);
            assertTrue(answer.body().contains("\"not_found\"") && answer.header("X-Request-ID") != null, path);
        }
    }

    @Test
    void staticFilesNeverServeTheApplicationsDescriptors() {
        for (String path : List.of("/WEB-INF/web.xml", "/widget.js/../WEB-INF/web.xml", "/docs/../WEB-INF/web.xml",
                "/docs/%2e%2e/WEB-INF/web.xml", "/docs/..%2fWEB-INF/web.xml", "/docs/..\\WEB-INF\\web.xml",
                "/admin/WEB-INF/web.xml", "/admin/jakarta.faces.resource/../WEB-INF/web.xml",
                "/admin/jakarta.faces.resource/..%2fWEB-INF/web.xml", "/META-INF/MANIFEST.MF")) {
            RawHttp.Answer answer = RawHttp.get(path);
            assertFalse(answer.status() == 200 && (answer.body().contains("<web-app")
                    || answer.body().contains("Manifest-Version")), path + " served a descriptor");
        }
    }

    private static void assertNotAConsolePage(String path, RawHttp.Answer answer) {
        int status = answer.status();
        boolean refused = status == 400 || status == 404;
        String location = answer.header("Location");
        boolean toSignIn = (status == 302 || status == 303) && location != null && location.endsWith("/admin/login.xhtml");
        boolean signInPage = status == 200 && answer.body().contains("login:username");
        // Payara's URI decoder (Grizzly HttpRequestURIDecoder.normalizeBytes) sometimes throws on "..;jsessionid=…"
        // before any application code runs and the container answers an empty 200: nothing is served
        boolean containerFailedEmpty = status == 200 && answer.body().isEmpty()
                && "0".equals(answer.header("Content-Length"));
        assertTrue(refused || toSignIn || signInPage || containerFailedEmpty, path + " answered " + status + " " + location + "\n"
                + answer.headers() + "\n" + answer.body().substring(0, Math.min(600, answer.body().length())));
        assertFalse(answer.body().contains("nav-jobs") || answer.body().contains("id=\"overall\"")
                || answer.body().contains("job-id"), path + " showed a console page");
    }

    private static List<String> resourceLinks(String html) {
        Matcher m = Pattern.compile("(?:href|src)=\"(/admin/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(html);
        java.util.ArrayList<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group(1).replace("&amp;", "&"));
        }
        return links;
    }
}

package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin's answer-quality tools over HTTP: evaluation on a labelled CSV, and the AI switch. */
@ExtendWith(NuraServer.class)
class AnswerQualityAdminIT {

    private static final String CSV = """
            id,intent,question,reference_answer
            q_001_0,slow_internet,النت بطيء جداً عندي من الصباح,
            q_001_1,slow_internet,"لو سمحت، النت بطيء جداً عندي من الصباح",
            q_002_0,agent_request,I want to talk to a human agent,
            q_003_0,out_of_scope,what is the capital of France?,
            q_004_0,slow_internet,my internet is very slow since this morning,
            """;

    @Test
    void evaluationReportsAccuracyIntentsCalibration() throws Exception {
        Api.Reply reply = csv(CSV, Api.bearer());
        assertEquals(200, reply.status(), reply.body());
        JsonObject report = reply.json();
        assertEquals(5, report.getInt("questions"));
        double accuracy = report.getJsonNumber("accuracy").doubleValue();
        assertTrue(accuracy >= 0.6, "the shipped tenant knows these: " + report);
        assertTrue(report.getJsonArray("per_intent").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("intent").equals("slow_internet") && r.getInt("count") == 3), report.toString());
        assertEquals(10, report.getJsonArray("calibration").size());
        assertEquals(5, report.getJsonArray("calibration").getValuesAs(JsonObject.class).stream()
                .mapToInt(b -> b.getInt("count")).sum());
        assertTrue(report.getJsonObject("at_threshold").containsKey("answered"));
    }

    @Test
    void evaluationRefusesBadInput() throws Exception {
        assertEquals(401, csv(CSV).status());
        Api.Reply rows = csv("id,intent\nq1,slow_internet\n", Api.bearer());
        assertEquals(400, rows.status(), rows.body());
        assertEquals("invalid_csv", rows.json().getJsonObject("error").getString("code"));
        assertEquals(400, csv("", Api.bearer()).status());
        Api.Reply big = csv("id,intent,question\n" + "q,slow_internet,x\n".repeat(70_000), Api.bearer());
        assertEquals(413, big.status(), big.body());
        long started = System.nanoTime();
        Api.Reply oneLine = csv("q1,slow_internet," + "x".repeat(900_000), Api.bearer());
        assertEquals("csv_line_too_long", oneLine.json().getJsonObject("error").getString("code"), oneLine.body());
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "a 900 KB line is refused at once, not scored");
        Api.Reply nul = csv("q1,slow_internet,a\u0000b\n", Api.bearer());
        assertEquals("invalid_characters", nul.json().getJsonObject("error").getString("code"), nul.body());
    }

    @Test
    void evaluationTakesCsvOrTextAndSaysSoOnlyToACaller() {
        // the same answers on both servers: the caller is checked first, the body's type after
        assertEquals(401, Api.post("/v1/admin/evaluation", "{\"q\": 1}").status());
        assertEquals(401, Api.send("POST", "/v1/admin/evaluation", null).status());
        for (Api.Reply refused : new Api.Reply[] {Api.post("/v1/admin/evaluation", "{\"q\": 1}", Api.bearer()),
                Api.send("POST", "/v1/admin/evaluation", null, Api.bearer())}) {
            assertEquals(415, refused.status(), refused.body());
            assertEquals("unsupported_media_type", refused.json().getJsonObject("error").getString("code"));
        }
    }

    @Test
    void aiSwitchFlipsAtRuntimeAndIsStored() throws Exception {
        JsonObject initial = Api.get("/v1/admin/ai", Api.bearer()).json();
        assertTrue(initial.getBoolean("configured"), "the test server has an OPENAI_API_KEY");
        assertFalse(initial.getBoolean("enabled"), "and starts with AI_ENABLED=false");
        Api.Reply off = Api.send("PUT", "/v1/admin/ai", "{\"enabled\": false}", Api.bearer());
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().getBoolean("enabled"));
        assertFalse(Api.get("/v1/admin/ai", Api.bearer()).json().getBoolean("enabled"));
        assertEquals("false", Rows.text("SELECT value FROM settings WHERE key = 'ai_enabled'"));
        assertEquals(400, Api.send("PUT", "/v1/admin/ai", "{}", Api.bearer()).status());
        assertEquals(401, Api.send("PUT", "/v1/admin/ai", "{\"enabled\": true}").status());
        assertTrue(Api.send("PUT", "/v1/admin/ai", "{\"enabled\": true}", Api.bearer()).json().getBoolean("enabled"));
        assertEquals("true", Rows.text("SELECT value FROM settings WHERE key = 'ai_enabled'"));
        // back off: the other tests expect answers without the LLM
        assertFalse(Api.send("PUT", "/v1/admin/ai", "{\"enabled\": false}", Api.bearer()).json().getBoolean("enabled"));
    }

    private static Api.Reply csv(String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + "/v1/admin/evaluation"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers(), response.body());
    }
}

package org.nura.admin.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.JsonSupport;

/** The Chart.js configurations the dashboard hands to p:chart: the figures in order, labels that stay text. */
class ChartsTest {

    @Test
    void aLineChartHasOneDatasetPerSeriesOverTheDays() {
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put("Conversations", List.of(3L, 0L, 7L));
        series.put("Handed off", List.of(1L, 0L, 2L));
        JsonObject chart = parse(Charts.lines(List.of("2026-11-01", "2026-11-02", "2026-11-03"), series, false));
        assertEquals("line", chart.getString("type"));
        assertEquals("[\"2026-11-01\",\"2026-11-02\",\"2026-11-03\"]",
                chart.getJsonObject("data").getJsonArray("labels").toString());
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size());
        assertEquals("Handed off", datasets.getJsonObject(1).getString("label"));
        assertEquals("[1,0,2]", datasets.getJsonObject(1).getJsonArray("data").toString());
        assertFalse(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("reverse"));
    }

    @Test
    void rightToLeftMirrorsTheAxesAndTheLegend() {
        JsonObject chart = parse(Charts.bars(List.of("قواعد", "موظف"), "الإجابات", List.of(5L, 9L), true));
        JsonObject options = chart.getJsonObject("options");
        assertTrue(options.getJsonObject("scales").getJsonObject("x").getBoolean("reverse"));
        assertEquals("right", options.getJsonObject("scales").getJsonObject("y").getString("position"));
        assertTrue(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("rtl"));
        assertEquals("قواعد", chart.getJsonObject("data").getJsonArray("labels").getString(0));
    }

    @Test
    void aLabelCannotCloseTheScriptItIsWrittenInto() {
        String label = "x</script><script>alert(1)</script>\"";
        String config = Charts.donut(List.of(label), List.of(4L), false);
        assertFalse(config.contains("<"), config);
        assertEquals(label, parse(config).getJsonObject("data").getJsonArray("labels").getString(0),
                "the label is still the same text once parsed");
        assertEquals(4, parse(config).getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("data").getInt(0));
    }

    private static JsonObject parse(String json) {
        try (var reader = JsonSupport.reader(json)) {
            return reader.readObject();
        }
    }
}

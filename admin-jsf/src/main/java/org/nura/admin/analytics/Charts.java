package org.nura.admin.analytics;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.nura.platform.control.JsonSupport;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (PrimeFaces 15 draws every chart from such a JSON text;
 * its script runs under the console's CSP nonce). Labels are written by the JSON writer, so a label can never
 * close the string it sits in, and every less-than sign is written as a JSON escape, so none can close the
 * script element. Animations are off: the figures are read, not watched.
 */
final class Charts {

    /** The console's accent first, then colours that stay apart for the colour-blind (Okabe–Ito). */
    static final List<String> COLOURS = List.of("#0b6e4f", "#e69f00", "#56b4e9", "#cc79a7", "#0072b2", "#d55e00",
            "#009e73", "#999999", "#f0e442", "#000000");

    private Charts() {
    }

    /** One line per series over the same labels (e.g. days). */
    static String lines(List<String> labels, Map<String, List<Long>> series, boolean rtl) {
        JsonArrayBuilder datasets = JsonSupport.arrayBuilder();
        int i = 0;
        for (Map.Entry<String, List<Long>> s : series.entrySet()) {
            String colour = COLOURS.get(i++ % COLOURS.size());
            datasets.add(JsonSupport.objectBuilder().add("label", s.getKey()).add("data", numbers(s.getValue()))
                    .add("borderColor", colour).add("backgroundColor", colour).add("pointRadius", 2)
                    .add("tension", 0.2).add("fill", false));
        }
        JsonObjectBuilder scales = JsonSupport.objectBuilder()
                .add("x", JsonSupport.objectBuilder().add("reverse", rtl))
                .add("y", JsonSupport.objectBuilder().add("beginAtZero", true)
                        .add("position", rtl ? "right" : "left"));
        return config("line", labels, datasets, rtl, scales);
    }

    /** One bar per label, one colour per bar. */
    static String bars(List<String> labels, String series, List<Long> values, boolean rtl) {
        JsonArrayBuilder datasets = JsonSupport.arrayBuilder().add(JsonSupport.objectBuilder().add("label", series)
                .add("data", numbers(values)).add("backgroundColor", colours(values.size())));
        JsonObjectBuilder scales = JsonSupport.objectBuilder()
                .add("x", JsonSupport.objectBuilder().add("reverse", rtl))
                .add("y", JsonSupport.objectBuilder().add("beginAtZero", true)
                        .add("position", rtl ? "right" : "left"));
        return config("bar", labels, datasets, rtl, scales, false);
    }

    /** A ring of shares of one whole. */
    static String donut(List<String> labels, List<Long> values, boolean rtl) {
        JsonArrayBuilder datasets = JsonSupport.arrayBuilder().add(JsonSupport.objectBuilder()
                .add("data", numbers(values)).add("backgroundColor", colours(values.size())));
        return config("doughnut", labels, datasets, rtl, null);
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets, boolean rtl,
            JsonObjectBuilder scales) {
        return config(type, labels, datasets, rtl, scales, true);
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets, boolean rtl,
            JsonObjectBuilder scales, boolean legend) {
        JsonArrayBuilder labelArray = JsonSupport.arrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder plugins = JsonSupport.objectBuilder().add("legend", JsonSupport.objectBuilder()
                .add("display", legend).add("position", "bottom").add("rtl", rtl)
                .add("textDirection", rtl ? "rtl" : "ltr"))
                .add("tooltip", JsonSupport.objectBuilder().add("rtl", rtl));
        JsonObjectBuilder options = JsonSupport.objectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false).add("plugins", plugins);
        if (scales != null) {
            options.add("scales", scales);
        }
        return JsonSupport.objectBuilder().add("type", type)
                .add("data", JsonSupport.objectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString().replace("<", "\\u003c");
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = JsonSupport.arrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder colours(int n) {
        JsonArrayBuilder array = JsonSupport.arrayBuilder();
        for (int i = 0; i < n; i++) {
            array.add(COLOURS.get(i % COLOURS.size()));
        }
        return array;
    }
}

package org.nura.analytics.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Report sections as CSV that Excel opens right: UTF-8 with a byte-order mark (else Arabic shows as mojibake),
 * CRLF line ends, RFC 4180 quoting, one column per record component named as in the JSON (snake_case), and text
 * cells that would start a formula (= + - @) prefixed with an apostrophe so a customer's words never run in a sheet.
 */
public final class CsvWriter {

    /** U+FEFF, written first. */
    public static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    /** One section: a header line from the record type, then a line per row. */
    public static byte[] csv(Class<? extends Record> type, List<? extends Record> rows) {
        StringBuilder out = new StringBuilder(BOM);
        RecordComponent[] columns = type.getRecordComponents();
        for (int i = 0; i < columns.length; i++) {
            out.append(i == 0 ? "" : ",").append(snake(columns[i].getName()));
        }
        out.append("\r\n");
        for (Record row : rows) {
            for (int i = 0; i < columns.length; i++) {
                out.append(i == 0 ? "" : ",").append(cell(value(columns[i], row)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Several files in one zip, in the map's order. */
    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a zip in memory cannot fail to write", e);
        }
        return bytes.toByteArray();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** JSON-B's LOWER_CASE_WITH_UNDERSCORES, so that a CSV column is named like the JSON property. */
    static String snake(String name) {
        return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static Object value(RecordComponent column, Record row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a record's accessor is public", e);
        }
    }
}

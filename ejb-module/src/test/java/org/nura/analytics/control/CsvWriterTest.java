package org.nura.analytics.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.nura.knowledge.control.Csv;

class CsvWriterTest {

    @Test
    void aSectionIsUtf8WithBomAndReadsBackIntact() throws IOException {
        List<ReportRows.Gap> rows = List.of(new ReportRows.Gap("وين فاتورتي", 3, 1, 2, 0, "وين فاتورتي؟", "s-1"),
                new ReportRows.Gap("a, \"quoted\"\nline", 1, 0, 1, 0, "=HYPERLINK(\"x\")", null));
        byte[] csv = CsvWriter.csv(ReportRows.Gap.class, rows);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8);
        List<List<String>> read = Csv.read(new java.io.StringReader(text.substring(1)));
        assertEquals(List.of("normalized", "asked", "low_confidence", "fallback", "flagged", "example_question",
                "example_session_id"), read.get(0));
        assertEquals(List.of("وين فاتورتي", "3", "1", "2", "0", "وين فاتورتي؟", "s-1"), read.get(1));
        assertEquals(List.of("a, \"quoted\"\nline", "1", "0", "1", "0", "'=HYPERLINK(\"x\")", ""), read.get(2),
                "quoted per RFC 4180; a formula is defused");
        assertEquals(3, read.size());
    }

    @Test
    void numbersAreWrittenPlain() {
        assertEquals("0.0001", CsvWriter.cell(1.0E-4));
        assertEquals("2", CsvWriter.cell(2.0));
        assertEquals("0.12", CsvWriter.cell(new BigDecimal("0.120000")));
        assertEquals("-3", CsvWriter.cell(-3L), "numbers are not formulas");
        assertEquals("2026-01-02", CsvWriter.cell(LocalDate.parse("2026-01-02")));
        assertEquals("", CsvWriter.cell(null));
    }

    @Test
    void theZipHoldsEverySectionInOrder() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("intents.csv", CsvWriter.csv(ReportRows.Intent.class, List.of()));
        files.put("cost.csv", CsvWriter.csv(ReportRows.Cost.class, List.of(new ReportRows.Cost(
                LocalDate.parse("2026-01-02"), "gpt-4o-mini", 2, 10, 5, 15, new BigDecimal("0.000300")))));
        Map<String, String> read = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(CsvWriter.zip(files)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                read.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("intents.csv", "cost.csv"), List.copyOf(read.keySet()));
        assertEquals("\uFEFFday,model,calls,prompt_tokens,completion_tokens,total_tokens,cost_usd\r\n"
                + "2026-01-02,gpt-4o-mini,2,10,5,15,0.0003\r\n", read.get("cost.csv"));
        assertEquals("\uFEFFintent,answers,on_box,on_box_share,mean_confidence,thumbs_up,thumbs_down,"
                + "thumbs_down_share\r\n", read.get("intents.csv"));
    }
}

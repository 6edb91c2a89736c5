package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<List<String>> read(String text) throws IOException {
        return Csv.read(new StringReader(text));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        List<List<String>> rows = read("id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\nthen go\"\n");
        assertEquals(List.of(List.of("id", "text"), List.of("1", "a, b"), List.of("2", "say \"hi\"\nthen go")), rows);
    }

    @Test
    void commentAndBlankLinesAreSkippedButHashInsideAFieldIsData() throws IOException {
        List<List<String>> rows = read("# written by the team\n\na,#b\n\"#c\",d");
        assertEquals(List.of(List.of("a", "#b"), List.of("#c", "d")), rows);
    }

    @Test
    void emptyFieldsSurvive() throws IOException {
        assertEquals(List.of(List.of("a", "", "")), read("a,,\n"));
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> read("a,\"open\n"));
    }

    @Test
    void labelledQuestionsReadTheHeaderAndOptionalReference() throws IOException {
        List<LabelledQuestion> qs = LabelledQuestion.read(new StringReader(
                "id,intent,question,reference_answer\nq_001_2,packages,\"كم سعر الباقة، لو سمحت؟\",ref\nq_9,esim,eSIM?\n"));
        assertEquals(new LabelledQuestion("q_001_2", "packages", "كم سعر الباقة، لو سمحت؟", "ref"), qs.get(0));
        assertEquals(null, qs.get(1).referenceAnswer());
    }

    @Test
    void aHeaderNamesTheTagAndLanguageColumnsInAnyOrder() throws IOException {
        List<LabelledQuestion> qs = LabelledQuestion.read(new StringReader(
                "id,intent,question,tag,lang\nq1,esim,eSIM?,sorani,ckb\nq2,esim,eSIM?,,\n"));
        assertEquals(new LabelledQuestion("q1", "esim", "eSIM?", null, "sorani", "ckb"), qs.get(0));
        assertEquals(null, qs.get(1).tag(), "an empty tag is no tag");
    }
}

package org.nura.knowledge.control;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A customer question with the intent it should get, as in an evaluation CSV: {@code id,intent,question[,ref]}, or
 * with a header naming the columns, which may add {@code tag} (a style such as "sorani" or "long", reported on its
 * own) and {@code lang} (the language to file the answer under instead of the guessed one).
 */
public record LabelledQuestion(String id, String intent, String question, String referenceAnswer, String tag,
        String lang) {

    private static final List<String> POSITIONAL = List.of("id", "intent", "question", "reference_answer");

    public LabelledQuestion(String id, String intent, String question, String referenceAnswer) {
        this(id, intent, question, referenceAnswer, null, null);
    }

    /** The questions of a CSV file; a first row starting with {@code id} is a header. */
    public static List<LabelledQuestion> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static List<LabelledQuestion> read(Reader in) throws IOException {
        List<LabelledQuestion> questions = new ArrayList<>();
        List<List<String>> rows = Csv.read(in);
        boolean header = !rows.isEmpty() && "id".equalsIgnoreCase(rows.get(0).get(0).strip());
        List<String> columns = header ? rows.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList()
                : POSITIONAL;
        for (int i = header ? 1 : 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() < 3) {
                throw new IllegalArgumentException("row " + (i + 1) + ": expected id,intent,question: " + row);
            }
            String ref = cell(row, columns, "reference_answer");
            questions.add(new LabelledQuestion(row.get(0).strip(), row.get(1).strip(), row.get(2),
                    ref != null ? ref : cell(row, columns, "ref"), blankToNull(cell(row, columns, "tag")),
                    blankToNull(cell(row, columns, "lang"))));
        }
        return questions;
    }

    /** The row's value in the named column, or null when the file has no such column or the row is short. */
    private static String cell(List<String> row, List<String> columns, String name) {
        int at = columns.indexOf(name);
        return at < 0 || at >= row.size() ? null : row.get(at);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The question's group: its id without a trailing {@code _N} variant number ({@code a_001_3 → a_001}). */
    public String group() {
        int cut = id.lastIndexOf('_');
        if (cut > 0 && cut < id.length() - 1 && id.substring(cut + 1).chars().allMatch(Character::isDigit)) {
            return id.substring(0, cut);
        }
        return id;
    }

    /** This question as a training example of its intent, grouped with its variants. */
    public TenantContent.Example asExample() {
        return new TenantContent.Example(intent, question, LanguageGuesser.guess(question), group());
    }
}

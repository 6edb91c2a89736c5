package org.nura.knowledge.control;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A customer question with the intent it should get, as in an evaluation CSV ({@code id,intent,question[,ref]}). */
public record LabelledQuestion(String id, String intent, String question, String referenceAnswer) {

    /** The questions of a CSV file; a first row starting with {@code id} is a header. */
    public static List<LabelledQuestion> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static List<LabelledQuestion> read(Reader in) throws IOException {
        List<LabelledQuestion> questions = new ArrayList<>();
        List<List<String>> rows = Csv.read(in);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (i == 0 && "id".equalsIgnoreCase(row.get(0).strip())) {
                continue;
            }
            if (row.size() < 3) {
                throw new IllegalArgumentException("row " + (i + 1) + ": expected id,intent,question: " + row);
            }
            questions.add(new LabelledQuestion(row.get(0).strip(), row.get(1).strip(), row.get(2),
                    row.size() > 3 ? row.get(3) : null));
        }
        return questions;
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

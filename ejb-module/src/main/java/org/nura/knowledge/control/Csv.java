package org.nura.knowledge.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks; CR LF or LF ends a
 * record. A line starting with {@code #} outside quotes is a comment, so tenant files can say where they came from.
 */
public final class Csv {

    private Csv() {
    }

    /** All records of the input, blank lines and comment lines skipped. */
    public static List<List<String>> read(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        Parser parser = new Parser();
        int c;
        while ((c = in.read()) != -1) {
            parser.accept((char) c, records);
        }
        parser.finish(records);
        return records;
    }

    /** Parsing state across characters: inside quotes, after a quote, at the start of a record. */
    private static final class Parser {
        private List<String> record = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean quoted;
        private boolean quoteSeen;
        private boolean comment;
        private boolean atRecordStart = true;

        void accept(char c, List<List<String>> records) {
            if (comment) {
                comment = c != '\n';
            } else if (quoted) {
                inQuotes(c);
            } else if (atRecordStart && c == '#') {
                comment = true;
            } else {
                outsideQuotes(c, records);
            }
        }

        private void inQuotes(char c) {
            if (c == '"') {
                quoted = false;
                quoteSeen = true;
            } else {
                field.append(c);
            }
        }

        private void outsideQuotes(char c, List<List<String>> records) {
            atRecordStart = false;
            if (c == '"') {
                if (quoteSeen) {
                    field.append('"'); // a doubled quote inside a quoted field
                }
                quoted = true;
            } else if (c == ',') {
                endField();
            } else if (c == '\n') {
                endRecord(records);
            } else if (c != '\r') {
                field.append(c);
            }
            if (c != '"') {
                quoteSeen = false;
            }
        }

        private void endField() {
            record.add(field.toString());
            field.setLength(0);
            quoteSeen = false;
        }

        private void endRecord(List<List<String>> records) {
            endField();
            if (!(record.size() == 1 && record.get(0).isBlank())) {
                records.add(record);
            }
            record = new ArrayList<>();
            atRecordStart = true;
        }

        void finish(List<List<String>> records) {
            if (quoted) {
                throw new IllegalArgumentException("CSV ends inside a quoted field");
            }
            if (!atRecordStart || field.length() > 0) {
                endRecord(records);
            }
        }
    }
}

package org.nura.platform.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;

/**
 * The application's one JSON-P provider. The static {@code jakarta.json.Json.createX} methods look the provider up
 * through the service loader on every call, across the EAR's class loaders: under message load that look-up was
 * 18% of the server's CPU (deployment/bench/BENCHMARKS.md, issue #17). The provider is thread-safe and found once
 * per deployment; an architecture rule keeps {@code Json.createX} out of the code.
 */
public final class JsonSupport {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonSupport() {
    }

    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader in) {
        return PROVIDER.createReader(in);
    }

    public static JsonReader reader(InputStream in) {
        return PROVIDER.createReader(in);
    }

    /** A reader of a JSON text held in a string. */
    public static JsonReader reader(String text) {
        return PROVIDER.createReader(new StringReader(text));
    }

    public static JsonParser parser(Reader in) {
        return PROVIDER.createParser(in);
    }

    public static JsonString value(String text) {
        return PROVIDER.createValue(text);
    }
}

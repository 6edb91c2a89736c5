package org.nura.api.platform;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nura.platform.control.NuraException;
import org.nura.platform.control.TextInput;

/**
 * Path and query values are checked like body text ({@link TextInput}), and numbers are read here so that a
 * malformed one is the JSON error with a code, not the runtime's empty 404/400: a malformed id in the path is a
 * resource that does not exist (404), a malformed query or header value a bad request (400).
 */
@Provider
public class Params implements ParamConverterProvider, ContainerRequestFilter {

    private static final Map<Class<?>, Function<String, ?>> NUMBERS = Map.of(
            Integer.class, Integer::valueOf, int.class, Integer::valueOf, Long.class, Long::valueOf, long.class,
            Long::valueOf);

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(), "path segment ");
        check(request.getUriInfo().getQueryParameters(), "query parameter ");
    }

    private static void check(MultivaluedMap<String, String> values, String what) {
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            TextInput.check(what + e.getKey(), e.getKey());
            e.getValue().forEach(v -> TextInput.check(what + e.getKey(), v));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parse = NUMBERS.get(rawType);
        if (parse == null) {
            return null;
        }
        boolean inPath = java.util.Arrays.stream(annotations).anyMatch(PathParam.class::isInstance);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parse.apply(value.strip());
                } catch (NumberFormatException e) {
                    String shown = value.length() > 40 ? value.substring(0, value.offsetByCodePoints(0, 40)) + "…" : value;
                    String message = "'" + TextInput.check("value", shown) + "' is not a whole number";
                    throw inPath ? NuraException.notFound("not_found", "No such resource: " + message)
                            : NuraException.invalid("invalid_number", message);
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}

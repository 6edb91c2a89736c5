package org.nura.api.openapi;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Schemas of the Java records the API reads and writes, named as JSON-B puts them on the wire (JsonConfig:
 * LOWER_CASE_WITH_UNDERSCORES); records become named components, so every body has a schema a client can find.
 */
final class WireSchemas {

    private static final String REF = "#/components/schemas/";

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<String, Class<?>> owners = new TreeMap<>();

    /** The named schemas made so far, for {@code components/schemas}. */
    Map<String, Schema> components() {
        return components;
    }

    /** The schema of a Java type: a reference for records, inline for scalars, lists and maps. */
    Schema of(Type type) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return ref(record(raw));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.ARRAY).items(of(argument(type, 0)));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(of(argument(type, 1)));
        }
        return scalar(raw);
    }

    /** Registers an inline schema under a name (e.g. a map answered at the top level) and refers to it. */
    Schema named(String name, Schema schema) {
        components.put(name, schema);
        return ref(name);
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }

    /** The JSON name of a record component: {@code @JsonbProperty} if given, else snake_case as JSON-B writes it. */
    static String jsonName(RecordComponent component) {
        JsonbProperty property = field(component).getAnnotation(JsonbProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : snake(component.getName());
    }

    /** JSON-B's LOWER_CASE_WITH_UNDERSCORES: an underscore before each upper-case letter, all lower case. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private String record(Class<?> type) {
        String name = componentName(type);
        if (owners.putIfAbsent(name, type) != null) {
            return name; // made already, or being made (a tree of records refers to itself)
        }
        Schema schema = SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.OBJECT);
        describe(schema, type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class));
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String property = jsonName(component);
            var note = field(component).getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            Schema value = of(component.getGenericType());
            if (note != null && (!note.description().isEmpty() || note.enumeration().length > 0) && value.getRef() != null) {
                value = OASFactory.createSchema().allOf(List.of(value)); // a $ref takes no siblings in OpenAPI 3.0
            }
            describe(value, note);
            schema.addProperty(property, value);
            if (note != null && note.required() || component.getType().isPrimitive()) {
                required.add(property);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
        components.put(name, schema);
        return name;
    }

    /** Nested records are named Outer_Inner when the simple name is taken by another record. */
    private String componentName(Class<?> type) {
        Class<?> owner = owners.get(type.getSimpleName());
        if (owner == null || owner == type || type.getEnclosingClass() == null) {
            return type.getSimpleName();
        }
        return type.getEnclosingClass().getSimpleName() + "_" + type.getSimpleName();
    }

    private static void describe(Schema schema, org.eclipse.microprofile.openapi.annotations.media.Schema note) {
        if (note == null) {
            return;
        }
        if (!note.description().isEmpty()) {
            schema.setDescription(note.description());
        }
        if (note.enumeration().length > 0) {
            schema.setEnumeration(Arrays.asList((Object[]) note.enumeration()));
        }
    }

    private static Schema scalar(Class<?> raw) {
        Schema schema = OASFactory.createSchema();
        if (raw == String.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.STRING);
        } else if (raw == boolean.class || raw == Boolean.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.BOOLEAN);
        } else if (raw == int.class || raw == Integer.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.INTEGER).format("int32");
        } else if (raw == long.class || raw == Long.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.INTEGER).format("int64");
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.NUMBER);
        } else if (raw == LocalDate.class) {
            return SchemaTypes.typed(schema, Schema.SchemaType.STRING).format("date");
        } else if (Temporal.class.isAssignableFrom(raw)) {
            return SchemaTypes.typed(schema, Schema.SchemaType.STRING).format("date-time");
        } else if (raw.isEnum()) {
            return SchemaTypes.typed(schema, Schema.SchemaType.STRING).enumeration(
                    Arrays.stream(raw.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        } else if (JsonValue.class.isAssignableFrom(raw)) {
            return schema; // any JSON value
        }
        return SchemaTypes.typed(schema, Schema.SchemaType.OBJECT);
    }

    private static Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record has a field per component", e);
        }
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}

package org.nura.api.openapi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Sets a schema's type on either MicroProfile OpenAPI the servers bring: 3.1 (Payara 6) has
 * {@code type(SchemaType)}, 4.x (WildFly 39, OpenAPI 3.1 documents, where a type is a list) has
 * {@code addType(SchemaType)} instead; calling the one the filter was compiled with fails on the other
 * ({@code NoSuchMethodError} while the document is built). This is the only call of the model that changed.
 */
final class SchemaTypes {

    private static final Method SETTER = setter();

    private SchemaTypes() {
    }

    static Schema typed(Schema schema, Schema.SchemaType type) {
        try {
            return (Schema) SETTER.invoke(schema, type);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot set the type of an OpenAPI schema", e);
        }
    }

    private static Method setter() {
        for (String name : new String[] {"type", "addType"}) {
            try {
                return Schema.class.getMethod(name, Schema.SchemaType.class);
            } catch (NoSuchMethodException e) {
                // the other MicroProfile OpenAPI version
            }
        }
        throw new IllegalStateException("MicroProfile OpenAPI has neither Schema.type(SchemaType) nor addType");
    }
}

package org.nura.api.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.nura.api.platform.ApiError;
import org.nura.api.platform.NuraApplication;

/**
 * Rewrites every operation of the document from the resource method itself: the JSON body it reads, the record it
 * answers with (named in components/schemas, properties in snake_case as JSON-B writes them), its one tag and the
 * error body. Payara's scanner alone names Java properties and cannot see the records of the EJB module.
 */
public class WireDocument implements OASFilter {

    private static final List<Class<? extends Annotation>> NOT_A_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, Context.class, FormParam.class, CookieParam.class, MatrixParam.class, BeanParam.class);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        WireSchemas schemas = new WireSchemas();
        for (Class<?> resource : Resources.ALL) {
            for (Method method : resource.getMethods()) {
                verb(method).flatMap(verb -> operation(openAPI, path(resource, method), verb))
                        .ifPresent(operation -> describe(operation, resource, method, schemas));
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().setSchemas(schemas.components());
        openAPI.setTags(tags(openAPI.getTags()));
    }

    /** The document's tags once each: Payara lists a tag again for every class or method that carries it. */
    private static List<org.eclipse.microprofile.openapi.models.tags.Tag> tags(
            List<org.eclipse.microprofile.openapi.models.tags.Tag> listed) {
        Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName = new LinkedHashMap<>();
        for (var tag : listed == null ? List.<org.eclipse.microprofile.openapi.models.tags.Tag>of() : listed) {
            byName.merge(tag.getName(), tag, (kept, next) -> kept.getDescription() != null ? kept : next);
        }
        return new ArrayList<>(byName.values());
    }

    private static void describe(Operation operation, Class<?> resource, Method method, WireSchemas schemas) {
        Tag tag = Optional.ofNullable(method.getAnnotation(Tag.class)).orElse(resource.getAnnotation(Tag.class));
        operation.setTags(tag == null ? null : List.of(tag.name()));
        if (method.isAnnotationPresent(RequestBody.class)) { // a body described by hand (multipart, CSV) is kept
            keepDeclared(operation, method.getAnnotation(RequestBody.class));
        } else {
            body(method).ifPresent(body -> operation.setRequestBody(OASFactory.createRequestBody().required(true)
                    .content(content(media(method, resource, Consumes.class), bodySchema(body, schemas)))));
        }
        operation.setResponses(OASFactory.createAPIResponses()
                .addAPIResponse(status(method, resource), success(method, resource, schemas))
                .addAPIResponse("default", OASFactory.createAPIResponse()
                        .description("An error: {error: {code, message, request_id}} with a 4xx or 5xx status")
                        .content(content(MediaType.APPLICATION_JSON, schemas.of(ApiError.class)))));
    }

    /**
     * Only the media types the hand-written body names: a method that checks its body's type itself ({@code @Takes},
     * no {@code @Consumes}) otherwise gets an application/json body added by Payara's scanner.
     */
    private static void keepDeclared(Operation operation, RequestBody declared) {
        Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        List<String> named = Arrays.stream(declared.content()).map(c -> c.mediaType()).toList();
        new ArrayList<>(content.getMediaTypes().keySet()).stream().filter(type -> !named.contains(type))
                .forEach(content::removeMediaType);
    }

    private static APIResponse success(Method method, Class<?> resource, WireSchemas schemas) {
        APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
        String description = declared != null && !declared.responseDescription().isEmpty()
                ? declared.responseDescription() : "OK";
        APIResponse response = OASFactory.createAPIResponse().description(description);
        if (isStream(method, resource)) {
            return response.description("Server-Sent Events").content(content(MediaType.SERVER_SENT_EVENTS,
                    SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.STRING)));
        }
        if (declared == null && !answers(method)) {
            return response.description("Done; no body");
        }
        Type type = declared != null ? declared.value() : method.getGenericReturnType();
        String media = media(method, resource, Produces.class);
        Schema schema = media.startsWith(MediaType.APPLICATION_JSON) ? named(schemas.of(type), method, schemas)
                : SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.STRING);
        return response.content(content(media, schema));
    }

    /** A map or list of scalars answered at the top level gets the name given by {@code @Schema(name)}. */
    private static Schema named(Schema schema, Method method, WireSchemas schemas) {
        var note = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        boolean isNamed = schema.getRef() != null || schema.getItems() != null && schema.getItems().getRef() != null;
        return isNamed || note == null || note.name().isEmpty() ? schema : schemas.named(note.name(), schema);
    }

    private static String status(Method method, Class<?> resource) {
        APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
        if (declared != null) {
            return declared.responseCode().isEmpty() ? "200" : declared.responseCode();
        }
        return isStream(method, resource) || answers(method) ? "200" : "204";
    }

    /** Whether the method's own return type is the body (a {@code Response} needs {@code @APIResponseSchema}). */
    private static boolean answers(Method method) {
        return method.getReturnType() != void.class && method.getReturnType() != Response.class;
    }

    private static Schema bodySchema(Parameter body, WireSchemas schemas) {
        return body.getType() == InputStream.class || body.getType() == String.class
                ? SchemaTypes.typed(OASFactory.createSchema(), Schema.SchemaType.STRING)
                : schemas.of(body.getParameterizedType());
    }

    /** The entity parameter: the one JAX-RS fills from the body, i.e. without a parameter annotation. */
    static Optional<Parameter> body(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(p -> NOT_A_BODY.stream().noneMatch(p::isAnnotationPresent))
                .findFirst();
    }

    static Optional<String> verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null)
                .map(HttpMethod::value)
                .findFirst();
    }

    /** The path as the document writes it: {@code /v1/…} without a trailing slash. */
    static String path(Class<?> resource, Method method) {
        String application = NuraApplication.class.getAnnotation(ApplicationPath.class).value();
        String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        String joined = ("/" + application + "/" + resource.getAnnotation(Path.class).value() + "/" + sub)
                .replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Optional<Operation> operation(OpenAPI openAPI, String path, String verb) {
        PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(path);
        return item == null ? Optional.empty()
                : Optional.ofNullable(item.getOperations().get(PathItem.HttpMethod.valueOf(verb)));
    }

    private static boolean isStream(Method method, Class<?> resource) {
        return media(method, resource, Produces.class).startsWith(MediaType.SERVER_SENT_EVENTS);
    }

    private static String media(Method method, Class<?> resource, Class<? extends Annotation> kind) {
        return Optional.ofNullable(values(method, kind)).or(() -> Optional.ofNullable(values(resource, kind)))
                .map(v -> v[0]).orElse(MediaType.APPLICATION_JSON);
    }

    private static String[] values(AnnotatedElement element, Class<? extends Annotation> kind) {
        Annotation annotation = element.getAnnotation(kind);
        if (annotation instanceof Produces p) {
            return p.value();
        }
        return annotation instanceof Consumes c ? c.value() : null;
    }

    private static Content content(String media, Schema schema) {
        return OASFactory.createContent().addMediaType(media, OASFactory.createMediaType().schema(schema));
    }
}

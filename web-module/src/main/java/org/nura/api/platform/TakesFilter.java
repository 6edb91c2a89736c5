package org.nura.api.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Refuses a body of a type the method does not take (see {@link Takes}) with the JSON 415, after
 * {@link RolesFilter} has answered 401 or 403 and before the body is read.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TakesFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Takes takes = method == null ? null : method.getAnnotation(Takes.class);
        if (takes != null && !accepts(takes, request.getHeaderString("Content-Type"))) {
            request.abortWith(ErrorMapper.answer(415, "unsupported_media_type", "This endpoint takes "
                    + String.join(" or ", takes.value()) + ".", RequestIds.of(request)));
        }
    }

    /** Whether a body with this Content-Type header (null: none) is of a type that {@code takes} names. */
    static boolean accepts(Takes takes, String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return Arrays.stream(takes.value()).anyMatch(type::equalsIgnoreCase);
    }
}

package org.nura.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.junit.jupiter.api.Test;
import org.nura.api.platform.Takes;

/**
 * A method that needs credentials answers 401 before it says anything about its body, on both servers: so it may
 * {@code @Consumes} JSON only (which every client of it sends anyway) and names other body types with {@code @Takes}
 * (see TakesFilter), documented by an {@code @RequestBody} that names the same types.
 */
class CredentialBodiesTest {

    @Test
    void methodsThatNeedCredentialsDeclareNonJsonBodiesWithTakes() {
        List<String> wrong = new ArrayList<>();
        int takes = 0;
        for (Class<?> resource : Resources.ALL) {
            for (Method method : resource.getDeclaredMethods()) {
                Consumes consumes = method.getAnnotation(Consumes.class);
                boolean guarded = method.isAnnotationPresent(RolesAllowed.class)
                        || resource.isAnnotationPresent(RolesAllowed.class);
                if (guarded && consumes != null && !Arrays.asList(consumes.value())
                        .equals(List.of(MediaType.APPLICATION_JSON))) {
                    wrong.add(resource.getSimpleName() + "." + method.getName() + " @Consumes" + List.of(consumes.value()));
                }
                Takes taken = method.getAnnotation(Takes.class);
                if (taken != null) {
                    takes++;
                    RequestBody body = method.getAnnotation(RequestBody.class);
                    List<String> documented = body == null ? List.of()
                            : Arrays.stream(body.content()).map(c -> c.mediaType()).toList();
                    assertEquals(List.of(taken.value()), documented, resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(takes >= 4, "the uploads and the evaluation CSV use @Takes: " + takes);
    }
}

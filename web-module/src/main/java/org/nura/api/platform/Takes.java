package org.nura.api.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The media types a method's request body may have, checked by {@link TakesFilter} after the caller is known.
 * Used instead of {@code @Consumes} where the method needs credentials: {@code @Consumes} is judged while the
 * request is matched, before any filter runs, and the runtimes disagree there (RESTEasy refuses a request without
 * Content-Type with 415, Jersey lets it through), so a caller without a token got 415 on WildFly and 401 on Payara.
 * A caller who may not call the method learns nothing about what it takes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Takes {

    /** Media types such as {@code multipart/form-data}; parameters (charset, boundary) are not compared. */
    String[] value();
}

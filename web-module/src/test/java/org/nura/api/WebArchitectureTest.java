package org.nura.api;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraConfig;

/**
 * The web module's shape: JAX-RS resources named {@code *Resource} that call the EJB module's boundaries (never its
 * persistence), in {@code org.nura.api.<component>}, and no server-specific API.
 */
class WebArchitectureTest {

    static final JavaClasses API = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nura.api");

    @Test
    void noPersistenceInTheWebModule() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(API);
    }

    @Test
    void resourcesAreNamedResource() {
        classes().that().areAnnotatedWith(Path.class).should().haveSimpleNameEndingWith("Resource").check(API);
    }

    @Test
    void portableCodeOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fish.payara..", "org.glassfish..",
                "org.eclipse.persistence..", "org.hibernate..", "org.jboss..",
                // WildFly 39 has no MicroProfile Metrics (org.nura.platform.control.Metrics serves /v1/metrics)
                "org.eclipse.microprofile.metrics..").check(API);
    }

    /** Settings are read through NuraConfig's named accessors, whose defaults are stated once. */
    @Test
    void settingsAreReadThroughNamedAccessors() {
        Set<String> raw = Set.of("optional", "text", "integer", "doubleValue", "flag", "list");
        noClasses().should().callMethodWhere(target(describe("a raw reader of NuraConfig",
                (AccessTarget t) -> t.getOwner().isEquivalentTo(NuraConfig.class) && raw.contains(t.getName()))))
                .check(API);
    }

    /** One JSON-P provider (org.nura.platform.control.JsonSupport): Json.createX looks it up again on every call. */
    @Test
    void jsonGoesThroughTheOneCachedProvider() {
        noClasses().should().callMethodWhere(target(describe("a static jakarta.json.Json factory",
                t -> t.getOwner().isEquivalentTo(jakarta.json.Json.class)))).check(API);
    }
}

package org.nura.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

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
                "org.eclipse.persistence..", "org.hibernate..", "org.jboss..").check(API);
    }
}

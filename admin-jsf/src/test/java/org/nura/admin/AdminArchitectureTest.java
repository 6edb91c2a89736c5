package org.nura.admin;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.faces.view.ViewScoped;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraConfig;

/** The console's shape: views show records from the boundaries, never managed entities or an EntityManager. */
class AdminArchitectureTest {

    static final JavaClasses ADMIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.nura.admin");

    @Test
    void noPersistenceInTheConsole() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.nura..entity..")
                .check(ADMIN);
    }

    @Test
    void viewScopedBeansAreViews() {
        classes().that().areAnnotatedWith(ViewScoped.class).should().haveSimpleNameEndingWith("View").check(ADMIN);
    }

    @Test
    void portableCodeOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fish.payara..", "org.glassfish..",
                "org.eclipse.persistence..", "org.hibernate..", "org.jboss..").check(ADMIN);
    }

    /** Settings are read through NuraConfig's named accessors, whose defaults are stated once. */
    @Test
    void settingsAreReadThroughNamedAccessors() {
        Set<String> raw = Set.of("optional", "text", "integer", "doubleValue", "flag", "list");
        noClasses().should().callMethodWhere(target(describe("a raw reader of NuraConfig",
                (AccessTarget t) -> t.getOwner().isEquivalentTo(NuraConfig.class) && raw.contains(t.getName()))))
                .check(ADMIN);
    }
}

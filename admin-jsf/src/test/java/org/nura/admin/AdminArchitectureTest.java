package org.nura.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.faces.view.ViewScoped;
import org.junit.jupiter.api.Test;

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
}

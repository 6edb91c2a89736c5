package org.nura;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nura.jobs.control.JobHandler;
import org.nura.platform.control.NuraConfig;

/**
 * The shape of the EJB module, checked on every build. When the code breaks a rule, the code is fixed, not the rule.
 *
 * <p>Components ({@code org.nura.<component>}) and whom each may use — everything else is forbidden:
 * <pre>
 * platform      -> (nothing)
 * knowledge     -> platform
 * ai            -> platform
 * jobs          -> platform                      (infrastructure: knows no business component)
 * security      -> platform                      (users, tokens, roles, rate limits, security and audit logs)
 * sessions      -> platform, knowledge, security
 * conversation  -> platform, knowledge, ai, sessions, security
 * handoff       -> platform, knowledge, ai, sessions, conversation, jobs, security
 * analytics     -> platform, knowledge, ai, sessions, conversation, handoff, jobs, security
 * channels      -> platform, knowledge, ai, sessions, conversation, handoff, jobs, security   (Telegram)
 * privacy       -> everything above but channels   (the top: erases what every other component stored; the
 *                                                  channels' tables it finds in the schema, as any other's)
 * </pre>
 * Inside a component: {@code boundary -> control -> entity}. A component's {@code events} package holds the records
 * it fires for other components to observe; events depend on nothing of NURA, boundaries and controls may use them,
 * entities may not. Controls never use a boundary (their own or another component's); entities use only entities.
 */
class ArchitectureTest {

    /** Allowed dependencies of each component (the matrix above). */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("platform", Set.of());
        ALLOWED.put("knowledge", Set.of("platform"));
        ALLOWED.put("ai", Set.of("platform"));
        ALLOWED.put("jobs", Set.of("platform"));
        ALLOWED.put("security", Set.of("platform"));
        ALLOWED.put("sessions", Set.of("platform", "knowledge", "security"));
        ALLOWED.put("conversation", Set.of("platform", "knowledge", "ai", "sessions", "security"));
        ALLOWED.put("handoff", Set.of("platform", "knowledge", "ai", "sessions", "conversation", "jobs", "security"));
        ALLOWED.put("analytics", Set.of("platform", "knowledge", "ai", "sessions", "conversation", "handoff", "jobs",
                "security"));
        ALLOWED.put("channels", Set.of("platform", "knowledge", "ai", "sessions", "conversation", "handoff", "jobs",
                "security"));
        ALLOWED.put("privacy", Set.of("platform", "knowledge", "ai", "sessions", "conversation", "handoff", "jobs",
                "analytics", "security"));
    }

    static final Set<String> RAW_READERS = Set.of("optional", "text", "integer", "doubleValue", "flag", "list");

    static final JavaClasses NURA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nura");

    @Test
    void componentsDependOnlyOnTheComponentsBelowThem() {
        LayeredArchitecture components = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String component : ALLOWED.keySet()) {
            components = components.layer(component).definedBy("org.nura." + component + "..");
        }
        for (Map.Entry<String, Set<String>> entry : ALLOWED.entrySet()) {
            components = entry.getValue().isEmpty() ? components.whereLayer(entry.getKey()).mayNotAccessAnyLayer()
                    : components.whereLayer(entry.getKey()).mayOnlyAccessLayers(entry.getValue().toArray(String[]::new));
        }
        components.check(NURA);
    }

    @Test
    void everyPackageBelongsToAKnownComponent() {
        classes().should().resideInAnyPackage(ALLOWED.keySet().stream().map(c -> "org.nura." + c + "..")
                .toArray(String[]::new)).check(NURA);
    }

    @Test
    void componentsFormNoCycles() {
        slices().matching("org.nura.(*)..").should().beFreeOfCycles().check(NURA);
    }

    @Test
    void entitiesUseOnlyEntities() {
        noClasses().that().resideInAPackage("org.nura..entity..").should().dependOnClassesThat()
                .resideInAnyPackage("org.nura..control..", "org.nura..boundary..", "org.nura..events..").check(NURA);
    }

    @Test
    void controlsNeverUseABoundary() {
        noClasses().that().resideInAPackage("org.nura..control..").should().dependOnClassesThat()
                .resideInAPackage("org.nura..boundary..").check(NURA);
    }

    @Test
    void eventsArePlainData() {
        noClasses().that().resideInAPackage("org.nura..events..").should().dependOnClassesThat()
                .resideInAnyPackage("org.nura..boundary..", "org.nura..control..", "org.nura..entity..").check(NURA);
        classes().that().resideInAPackage("org.nura..events..").and().areNotAnnotations().and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info").should().beRecords().check(NURA);
    }

    @Test
    void portableCodeUsesOnlyJakartaMicroProfileAndOurLibraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fish.payara..", "org.glassfish..",
                "org.eclipse.persistence..", "org.hibernate..", "org.jboss..", "com.sun..", "sun..").check(NURA);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.naming..", "javax.sql..", "javax.crypto..",
                "jakarta..", "org.eclipse.microprofile..", "org.nura..", "redis.clients.jedis..", "org.flywaydb..",
                "org.apache.commons.pool2..", "org.apache.lucene..", "org.apache.pdfbox..", "com.openai..", "com.pengrad.telegrambot..", "okhttp3..",
                "").check(NURA);
    }

    /** The Bot API client library (and its HTTP client) stays inside the channels component's controls. */
    @Test
    void onlyTheChannelsControlsUseTheBotApiLibrary() {
        noClasses().that().resideOutsideOfPackage("org.nura.channels.control..").should().dependOnClassesThat()
                .resideInAnyPackage("com.pengrad.telegrambot..", "okhttp3..").check(NURA);
    }

    /** Nothing uses the channels component: it sits on top, beside analytics (the matrix says the same). */
    @Test
    void noComponentUsesTheChannels() {
        noClasses().that().resideOutsideOfPackage("org.nura.channels..").should().dependOnClassesThat()
                .resideInAPackage("org.nura.channels..").check(NURA);
    }

    @Test
    void noMicroProfileMetricsWhichWildFlyLacks() {
        // WildFly 39 has no MicroProfile Metrics: an injected MetricRegistry fails the deployment (platform Metrics)
        noClasses().should().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile.metrics..").check(NURA);
    }

    @Test
    void messageDrivenBeansAreConsumersInABoundary() {
        classes().that().areAnnotatedWith(MessageDriven.class).should().haveSimpleNameEndingWith("Consumer")
                .andShould().resideInAPackage("org.nura..boundary..").check(NURA);
    }

    @Test
    void sessionBeanBoundariesAreStatelessWithPluralNames() {
        classes().that().areAnnotatedWith(Stateless.class).should().resideInAPackage("org.nura..boundary..")
                .andShould().haveSimpleNameEndingWith("s").check(NURA);
        noClasses().should().beAnnotatedWith(Stateful.class).check(NURA);
    }

    /** @Singleton is for startup work only (migration, timers, the live-event subscriber, the content loader). */
    @Test
    void singletonsAreStartupBeansInABoundary() {
        classes().that().areAnnotatedWith(Singleton.class).should().beAnnotatedWith(Startup.class)
                .andShould().resideInAPackage("org.nura..boundary..").check(NURA);
    }

    /** Each component registers its own job handlers, named after the job, in its control package. */
    @Test
    void jobHandlersAreNamedJobsInAControl() {
        classes().that().implement(JobHandler.class).should().haveSimpleNameEndingWith("Job")
                .andShould().resideInAPackage("org.nura..control..").check(NURA);
    }

    /** Every default is stated once: only typed configuration classes read raw settings. */
    @Test
    void onlyTypedConfigurationClassesReadRawSettings() {
        DescribedPredicate<JavaClass> typedConfig = describe("a typed configuration class", c ->
                c.isEquivalentTo(NuraConfig.class) || c.getPackageName().endsWith(".control")
                        && (c.getSimpleName().endsWith("Config") || c.getSimpleName().endsWith("Settings")));
        DescribedPredicate<AccessTarget> rawReader = describe("a raw reader of NuraConfig", t ->
                t.getOwner().isEquivalentTo(NuraConfig.class) && RAW_READERS.contains(t.getName()));
        noClasses().that(not(typedConfig)).should().callMethodWhere(target(rawReader)).check(NURA);
    }

    /** One JSON-P provider: the static Json.createX factories look the provider up again on every call. */
    @Test
    void jsonGoesThroughTheOneCachedProvider() {
        noClasses().should().callMethodWhere(target(describe("a static jakarta.json.Json factory",
                t -> t.getOwner().isEquivalentTo(jakarta.json.Json.class)))).check(NURA);
    }
}

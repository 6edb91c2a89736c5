package org.nura.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The resource names are declared once in {@link Resources}; the descriptor and the server overlays must follow. */
class ResourceNamesTest {

    private static final Path POSTBOOT = Path.of("../deployment/payara/postboot.asadmin");
    private static final Path WILDFLY_CLI = Path.of("../deployment/wildfly/configure.cli");

    @Test
    void persistenceXmlNamesTheDatasourceOfResources() throws IOException {
        String xml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        Matcher m = Pattern.compile("<jta-data-source>([^<]+)</jta-data-source>").matcher(xml);
        assertTrue(m.find(), "persistence.xml names a JTA datasource");
        assertEquals(Resources.DATASOURCE, m.group(1));
    }

    @Test
    void thePayaraOverlayCreatesExactlyTheQueuesAndTheDatasourceOfResources() throws IOException {
        List<String> lines = Files.readAllLines(POSTBOOT);
        Set<String> created = lines.stream().filter(l -> l.startsWith("create-jms-resource "))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).collect(Collectors.toSet());
        assertEquals(constants("jms/"), created);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("create-jdbc-resource ")
                && l.endsWith(" " + Resources.DATASOURCE)), "the overlay creates " + Resources.DATASOURCE);
    }

    /**
     * WildFly binds what configure.cli names {@code java:/<name>}, which is where it looks up the unprefixed names
     * of the application (persistence.xml's datasource, the consumers' destinationLookup, JobDispatcher's queues).
     */
    @Test
    void theWildFlyOverlayCreatesExactlyTheQueuesAndTheDatasourceOfResources() throws IOException {
        String cli = Files.readString(WILDFLY_CLI);
        Set<String> queues = Pattern.compile("jms-queue=\\w+:add\\(entries=\\[\"java:/([^\"]+)\"]\\)").matcher(cli)
                .results().map(r -> r.group(1)).collect(Collectors.toSet());
        assertEquals(constants("jms/"), queues);
        assertTrue(cli.contains("jndi-name=\"java:/" + Resources.DATASOURCE + "\""),
                "the overlay creates java:/" + Resources.DATASOURCE);
        for (String queue : queues) {
            String name = queue.substring("jms/".length());
            if (name.endsWith("Queue") && !name.contains("DeadLetter")) {
                assertTrue(cli.contains("address-setting=jms.queue." + name + ":add("),
                        queue + " needs its redelivery and dead-letter settings");
            }
        }
    }

    @Test
    void serverResourceNamesHaveNoColon() {
        constants("").forEach(name -> assertFalse(name.contains(":"), name + ": Payara refuses ':' in resource names"));
    }

    private static Set<String> constants(String prefix) {
        return Arrays.stream(Resources.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(ResourceNamesTest::value).filter(v -> v.startsWith(prefix)).collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

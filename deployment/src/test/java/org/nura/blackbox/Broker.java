package org.nura.blackbox;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JMS client of the test server's own broker (OpenMQ inside Payara Server), through the client jar of the
 * provisioned server: lets a test put a message on a queue from outside, as a redelivering broker would.
 */
final class Broker {

    private static ConnectionFactory factory;

    private Broker() {
    }

    /** Sends a text message with a {@code job_id} property to the broker's physical queue {@code queue}. */
    static void send(String queue, String jobId, String text) throws Exception {
        try (JMSContext context = factory().createContext("guest", "guest")) {
            context.createProducer().setProperty("job_id", jobId).send(context.createQueue(queue), text);
        }
    }

    private static synchronized ConnectionFactory factory() throws Exception {
        if (factory == null) {
            factory = openMqFactory();
        }
        return factory;
    }

    private static ConnectionFactory openMqFactory() throws Exception {
        if (!"payara".equals(NuraServer.SERVER)) {
            // WildFly's Artemis would need its client jars, netty and an application user; not built (yet)
            throw new IllegalStateException("Broker talks to Payara's OpenMQ only; this suite runs on " + NuraServer.SERVER);
        }
        Path jar = NuraServer.HOME.resolve("payara6/mq/lib/imq.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no OpenMQ client at " + jar + " (deployment/nura provisions it)");
        }
        // the JMS interfaces come from the test class path (parent first), the implementation from the server
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, Broker.class.getClassLoader());
        Object openMq = loader.loadClass("com.sun.messaging.ConnectionFactory").getConstructor().newInstance();
        openMq.getClass().getMethod("setProperty", String.class, String.class)
                .invoke(openMq, "imqAddressList", "mq://localhost:" + (NuraServer.PORT_BASE + 76));
        return (ConnectionFactory) openMq;
    }
}

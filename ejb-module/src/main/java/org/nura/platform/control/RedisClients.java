package org.nura.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.logging.Logger;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;

/** Produces the one pooled Redis client of the application and closes it on shutdown. */
@ApplicationScoped
public class RedisClients {

    private static final Logger LOG = Logger.getLogger(RedisClients.class.getName());

    @Inject
    NuraConfig config;

    private RedisClient client;

    /** The shared client; RedisClient cannot be proxied, so the one instance is held here and handed out as is. */
    @Produces
    synchronized RedisClient redis() {
        if (client == null) {
            client = create();
        }
        return client;
    }

    /**
     * A connection of its own for a pub/sub subscriber: it blocks reading until a message comes, so it has no
     * read timeout, unlike the pooled client whose short timeouts keep requests fast when Redis is down.
     */
    public Jedis subscriber() {
        URI uri = URI.create(config.redisUrl());
        return new Jedis(hostAndPort(uri), clientConfig(uri, 0));
    }

    private RedisClient create() {
        URI uri = URI.create(config.redisUrl());
        int timeout = config.redisTimeoutMillis();
        JedisClientConfig clientConfig = clientConfig(uri, timeout);
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(32);
        pool.setMaxIdle(8);
        pool.setMaxWait(java.time.Duration.ofMillis(timeout));
        pool.setTestWhileIdle(true);
        HostAndPort address = hostAndPort(uri);
        LOG.info(() -> "Redis client for " + address);
        return RedisClient.builder().hostAndPort(address).clientConfig(clientConfig).poolConfig(pool).build();
    }

    private static HostAndPort hostAndPort(URI uri) {
        return new HostAndPort(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379);
    }

    private JedisClientConfig clientConfig(URI uri, int socketTimeout) {
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(config.redisTimeoutMillis())
                .socketTimeoutMillis(socketTimeout)
                .ssl("rediss".equalsIgnoreCase(uri.getScheme()));
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                String user = userInfo.substring(0, colon);
                client.user(user.isEmpty() ? null : user).password(userInfo.substring(colon + 1));
            } else {
                client.password(userInfo);
            }
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            client.database(Integer.parseInt(path.substring(1)));
        }
        return client.build();
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}

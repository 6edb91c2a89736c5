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

    private RedisClient create() {
        URI uri = URI.create(config.redisUrl());
        int timeout = config.redisTimeoutMillis();
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeout)
                .socketTimeoutMillis(timeout)
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
        JedisClientConfig clientConfig = client.build();
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(32);
        pool.setMaxIdle(8);
        pool.setMaxWait(java.time.Duration.ofMillis(timeout));
        pool.setTestWhileIdle(true);
        int port = uri.getPort() > 0 ? uri.getPort() : 6379;
        LOG.info(() -> "Redis client for " + uri.getHost() + ":" + port);
        return RedisClient.builder().hostAndPort(new HostAndPort(uri.getHost(), port)).clientConfig(clientConfig)
                .poolConfig(pool).build();
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}

package org.nura.api.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The client's address: the connection's, unless it comes from a trusted reverse proxy (TRUSTED_PROXIES); then the
 * nearest address in X-Forwarded-For that is not a trusted proxy. A client cannot choose what it is counted under.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, List<String> trustedProxies) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    static String of(String peer, String forwarded, List<String> trustedProxies) {
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}

package dev.midback.web.http;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the app is served: personal mode (one person, loopback names only) or accounts mode, the
 * extra host names it answers to, and the proxies whose {@code X-Forwarded-*} headers are believed.
 */
public record Site(boolean accountsMode, Set<String> hosts, Set<String> trustedProxies) {

    /** The names a personal server always answers to. */
    static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /** Proxies believed unless others are named: one on this machine. */
    static final Set<String> LOOPBACK_ADDRESSES = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    public Site {
        hosts = lowerCase(hosts);
        trustedProxies = Set.copyOf(trustedProxies);
    }

    public static Site personal() {
        return new Site(false, Set.of(), LOOPBACK_ADDRESSES);
    }

    public static Site accounts() {
        return new Site(true, Set.of(), LOOPBACK_ADDRESSES);
    }

    /**
     * The same site, answering also to this host name. In accounts mode, naming any host limits the
     * site to those names (and loopback); with none named it answers to every name a proxy forwards.
     */
    public Site withHost(String host) {
        Set<String> more = new TreeSet<>(hosts);
        more.add(host);
        return new Site(accountsMode, more, trustedProxies);
    }

    /** The same site, believing forwarded headers from these addresses instead of loopback only. */
    public Site withTrustedProxies(Set<String> proxies) {
        return new Site(accountsMode, hosts, proxies);
    }

    /**
     * Whether a request naming this host (without the port) is for this app: in personal mode only
     * loopback names and those configured, so a page elsewhere cannot reach it by DNS rebinding.
     */
    public boolean answersTo(String hostName) {
        if (hostName == null || hostName.isEmpty()) {
            return false;
        }
        String name = hostName.toLowerCase(Locale.ROOT);
        if (LOOPBACK_NAMES.contains(name) || hosts.contains(name)) {
            return true;
        }
        return accountsMode && hosts.isEmpty();
    }

    private static Set<String> lowerCase(Set<String> names) {
        Set<String> lower = new TreeSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return Set.copyOf(lower);
    }
}

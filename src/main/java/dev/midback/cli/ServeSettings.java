package dev.midback.cli;

import java.util.List;

/**
 * How {@code serve} was asked to run: where to listen, which database, whether people sign in,
 * the extra host names the app answers to, the proxies whose forwarded headers it believes, and
 * whether to stop again after a round of requests (to record the classes a start needs).
 */
public record ServeSettings(String host, int port, String jdbcUrl, boolean accounts, List<String> allowedHosts,
                            List<String> trustedProxies, boolean warmUp) {

    public ServeSettings {
        allowedHosts = List.copyOf(allowedHosts);
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** One line of what was asked, as tests and logs read it. */
    public String describe() {
        return host + " " + port + " " + jdbcUrl + (accounts ? " accounts" : "")
                + (allowedHosts.isEmpty() ? "" : " hosts=" + String.join(",", allowedHosts))
                + (trustedProxies.isEmpty() ? "" : " proxies=" + String.join(",", trustedProxies));
    }
}

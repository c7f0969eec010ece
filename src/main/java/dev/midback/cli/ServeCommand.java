package dev.midback.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code midback serve}: the web app, on this computer only by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web app (a SQLite file in your data folder unless --db says otherwise).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    MidbackCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--accounts", description = "Accounts mode: people sign up and sign in, and each sees only their own data "
            + "(needed to listen on a network address; put it behind TLS).")
    boolean accounts;

    @Option(names = "--allowed-host", split = ",", paramLabel = "NAME",
            description = "Another host name the app answers to (besides localhost and loopback addresses); "
                    + "in accounts mode, naming any limits the app to those names.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--trusted-proxy", split = ",", paramLabel = "ADDRESS",
            description = "Address of a reverse proxy whose X-Forwarded-Proto and X-Forwarded-Host are believed "
                    + "(default: one on this computer, 127.0.0.1 and ::1).")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--warm-up", hidden = true,
            description = "Start, answer a round of requests to the main pages, then stop (used by the build).")
    boolean warmUp;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        String url = database.url(spec.commandLine(), root.toolkit.dataFolder());
        if (!accounts && !isLoopback(host)) {
            throw new ParameterException(spec.commandLine(), "--host " + host
                    + " would open your data to the network; add --accounts so that people must sign in, or use a loopback address");
        }
        for (String name : allowedHosts) {
            if (!name.matches("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]")) {
                throw new ParameterException(spec.commandLine(), "--allowed-host must be a host name such as midback.example.org, not '"
                        + name + "'");
            }
        }
        for (String proxy : trustedProxies) {
            if (!proxy.matches("[0-9.]{7,15}|[0-9A-Fa-f:]{2,45}")) {
                throw new ParameterException(spec.commandLine(), "--trusted-proxy must be an IP address such as 10.0.0.2, not '"
                        + proxy + "'");
            }
        }
        root.toolkit.catalog().get();
        root.toolkit.web().serve(new ServeSettings(host, port, url, accounts, allowedHosts, trustedProxies, warmUp));
        return ExitCode.OK;
    }

    private boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--host " + address + " is not an address of this computer");
        }
    }
}

package dev.midback.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
        root.toolkit.catalog().get();
        if (accounts) {
            root.toolkit.web().serve(host, port, url, true);
        } else {
            root.toolkit.web().serve(host, port, url);
        }
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

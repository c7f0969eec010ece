package dev.midback.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The root command, {@code midback}: lists its commands when called alone. */
@Command(
        name = "midback",
        mixinStandardHelpOptions = true,
        versionProvider = MidbackCommand.Version.class,
        description = "A guided coach for mid-back stiffness and pain. Not medical advice.")
public final class MidbackCommand implements Callable<Integer> {

    /** Every command, in the order the help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands();

    final Toolkit toolkit;

    @Spec
    CommandSpec spec;

    public MidbackCommand(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /**
     * The command line, set up so that bad usage prints one line naming the bad value and exits
     * with 2, and a failure prints one line and exits with 1.
     */
    public static CommandLine commandLine(Toolkit toolkit) {
        return commandLine(toolkit, COMMANDS.keySet());
    }

    /**
     * The same, with only the command the arguments name (all of them when none is named, as for
     * {@code --help}), so a start builds no more than it runs.
     */
    public static CommandLine commandLine(Toolkit toolkit, String... args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            return commandLine(toolkit, List.of(args[0]));
        }
        return commandLine(toolkit);
    }

    private static CommandLine commandLine(Toolkit toolkit, Collection<String> names) {
        CommandLine cli = new CommandLine(new MidbackCommand(toolkit));
        for (String name : names) {
            cli.addSubcommand(name, COMMANDS.get(name));
        }
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("midback: " + ex.getMessage()
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("midback: " + ex.getMessage());
            return ExitCode.FAILURE;
        });
        return cli;
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("exercises", ExercisesCommand.class);
        commands.put("show", ShowCommand.class);
        commands.put("questions", QuestionsCommand.class);
        commands.put("plan", PlanCommand.class);
        commands.put("go", GoCommand.class);
        commands.put("log", LogCommand.class);
        commands.put("history", HistoryCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /** The version written into the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MidbackCommand.class.getPackage().getImplementationVersion();
            return new String[] {"midback " + (version == null ? "development" : version)};
        }
    }
}

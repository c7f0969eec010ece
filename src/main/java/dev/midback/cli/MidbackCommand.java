package dev.midback.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command, {@code midback}: lists its commands when called alone. */
@Command(
        name = "midback",
        mixinStandardHelpOptions = true,
        versionProvider = MidbackCommand.Version.class,
        description = "A guided coach for mid-back stiffness and pain. Not medical advice.",
        subcommands = {ExercisesCommand.class, ShowCommand.class, QuestionsCommand.class, PlanCommand.class, GoCommand.class,
                LogCommand.class, HistoryCommand.class, ExportCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class MidbackCommand implements Callable<Integer> {

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
        CommandLine cli = new CommandLine(new MidbackCommand(toolkit));
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

    /** The version written into the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MidbackCommand.class.getPackage().getImplementationVersion();
            return new String[] {"midback " + (version == null ? "development" : version)};
        }
    }
}

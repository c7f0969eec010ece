package dev.midback.cli;

import dev.midback.input.Checked;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalInput;
import dev.midback.journal.JournalStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code midback log}: writes a session done without the guided player into the journal. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Record a session in your journal.")
final class LogCommand implements Callable<Integer> {

    @ParentCommand
    MidbackCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--pain-before", required = true, paramLabel = "0-10", description = "Back pain before the session.")
    int painBefore;

    @Option(names = "--pain-after", paramLabel = "0-10", description = "Back pain after it.")
    Integer painAfter;

    @Option(names = "--stiffness", paramLabel = "0-10", description = "How stiff the back felt, 0 loose to 10 very stiff.")
    Integer stiffness;

    @Option(names = "--done", split = ",", paramLabel = "IDS", description = "Exercises done, comma-separated ids or names.")
    List<String> done = new ArrayList<>();

    @Option(names = "--skipped", split = ",", paramLabel = "IDS", description = "Exercises planned but not done.")
    List<String> skipped = new ArrayList<>();

    @Option(names = "--notes", paramLabel = "TEXT", description = "Anything worth remembering (up to 2,000 characters).")
    String notes;

    @Option(names = "--stopped-for-pain", description = "The session was stopped because it hurt.")
    boolean stoppedForPain;

    @Option(names = "--on", paramLabel = "DATE", description = "The day it was done, e.g. 2026-11-20 (default: now).")
    String on;

    @Override
    public Integer call() throws Exception {
        List<JournalInput.RawItem> items = new ArrayList<>();
        done.forEach(id -> items.add(new JournalInput.RawItem(id.strip(), true, null)));
        skipped.forEach(id -> items.add(new JournalInput.RawItem(id.strip(), false, null)));
        Instant now = Instant.now();
        Checked<JournalEntry> checked = new JournalInput(null, items, painBefore, painAfter, stiffness, notes, stoppedForPain)
                .check(root.toolkit.catalog().get(), UUID.randomUUID().toString(), when(now), now);
        if (!checked.isValid()) {
            throw new ParameterException(spec.commandLine(), "at".equals(checked.field()) ? dayProblem(now) + ", not '" + on + "'"
                    : option(checked.field()) + ": " + checked.problem());
        }
        try (Stores stores = root.toolkit.stores().open(database.url(spec.commandLine(), root.toolkit.dataFolder()))) {
            stores.journal().add(JournalStore.LOCAL, checked.value());
        }
        spec.commandLine().getOut().println("Saved in your journal: pain " + painBefore
                + (painAfter == null ? "" : " before, " + painAfter + " after") + ", " + items.size() + " exercises.");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** Midday of the day given with {@code --on}, or now. */
    private Instant when(Instant now) {
        if (on == null) {
            return now;
        }
        try {
            return LocalDate.parse(on).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), dayProblem(now) + ", not '" + (on.length() > 24 ? on.substring(0, 24) + "..." : on) + "'");
        }
    }

    private static String dayProblem(Instant now) {
        return "--on must be a day such as 2026-11-20, from 2000-01-01 to " + LocalDate.ofInstant(now, ZoneId.systemDefault());
    }

    private String option(String field) {
        return switch (field) {
            case "painBefore" -> "--pain-before";
            case "painAfter" -> "--pain-after";
            case "notes" -> "--notes";
            case "stiffness" -> "--stiffness";
            case "at" -> "--on";
            default -> field.startsWith("items[") && Integer.parseInt(field.substring(6, field.indexOf(']'))) >= done.size()
                    ? "--skipped" : field.startsWith("items[") ? "--done" : "--" + field;
        };
    }
}

package dev.midback.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the bundled catalog's data files in a folder, for tests that break one file on purpose. */
public final class CatalogFiles {

    public static final Path BUNDLED = Path.of("src/main/resources/catalog");

    private final Path root;

    private CatalogFiles(Path root) {
        this.root = root;
    }

    public static CatalogFiles copyInto(Path folder) {
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            for (Path source : files.toList()) {
                Path target = folder.resolve(BUNDLED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CatalogFiles(folder);
    }

    public Path root() {
        return root;
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from}, failing when it is not there. */
    public void replace(String file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain: " + from);
        }
        write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
}

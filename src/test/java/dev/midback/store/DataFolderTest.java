package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person's data goes where their system expects it. */
class DataFolderTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertThat(DataFolder.resolve(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.local/share/midback"));
        assertThat(DataFolder.resolve(Map.of("XDG_DATA_HOME", "/data"), "Linux", home)).isEqualTo(Path.of("/data/midback"));
    }

    @Test
    void macAndWindowsUseTheirOwnFolders() {
        assertThat(DataFolder.resolve(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Midback"));
        assertThat(DataFolder.resolve(Map.of("APPDATA", "/appdata"), "Windows 11", home)).isEqualTo(Path.of("/appdata/Midback"));
    }

    @Test
    void midbackHomeOverridesEverything() {
        assertThat(DataFolder.resolve(Map.of("MIDBACK_HOME", "/srv/mb", "XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/srv/mb"));
    }
}

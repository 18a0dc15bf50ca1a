package hark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void theFoldersFollowXdgThenHome() {
        Environment xdg = new Environment(Map.of("XDG_CONFIG_HOME", "/x/config", "XDG_STATE_HOME", "/x/state",
                "HOME", "/home/a"), Map.of("user.home", "/passwd/a"));
        assertThat(xdg.configDir()).isEqualTo(Path.of("/x/config/hark"));
        assertThat(xdg.stateDir()).isEqualTo(Path.of("/x/state/hark"));
        Environment home = new Environment(Map.of("XDG_CONFIG_HOME", " ", "HOME", "/home/a"),
                Map.of("user.home", "/passwd/a"));
        assertThat(home.configDir()).isEqualTo(Path.of("/home/a/.config/hark"));
        assertThat(home.stateDir()).isEqualTo(Path.of("/home/a/.local/state/hark"));
        Environment noHome = new Environment(Map.of(), Map.of("user.home", "/passwd/a"));
        assertThat(noHome.configDir()).isEqualTo(Path.of("/passwd/a/.config/hark"));
    }

    @Test
    void theOverridesWinAndTheInstallFolderDefaultsToHere() {
        Environment e = new Environment(Map.of("XDG_CONFIG_HOME", "/x/config"),
                Map.of("hark.config.dir", "/t/config", "hark.state.dir", "/t/state", "hark.home", "/opt/hark"));
        assertThat(e.configDir()).isEqualTo(Path.of("/t/config"));
        assertThat(e.stateDir()).isEqualTo(Path.of("/t/state"));
        assertThat(e.home()).isEqualTo(Path.of("/opt/hark"));
        assertThat(new Environment(Map.of(), Map.of()).home()).isEqualTo(Path.of("."));
    }
}

package hark.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** VoiceSpec's equals and hashCode are written by hand (issue 12); they must stay those a record would make. */
class VoiceSpecTest {
    private static final VoiceSpec SPEC = new VoiceSpec("calm", "slow", "kevin16", 90, 8, 160, 300, 700);

    @Test
    void equalWhenEveryPartIsEqual() {
        VoiceSpec same = new VoiceSpec("calm", "slow", "kevin16", 90, 8, 160, 300, 700);
        assertThat(SPEC).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(new VoiceSpec("calm", null, "kevin16", 90, 8, 160, 300, 700))
                .isEqualTo(new VoiceSpec("calm", "", "kevin16", 90, 8, 160, 300, 700));
    }

    @Test
    void differentWhenAnyPartDiffers() {
        List<VoiceSpec> others = List.of(
                new VoiceSpec("other", "slow", "kevin16", 90, 8, 160, 300, 700),
                new VoiceSpec("calm", "other", "kevin16", 90, 8, 160, 300, 700),
                new VoiceSpec("calm", "slow", "kevin", 90, 8, 160, 300, 700),
                new VoiceSpec("calm", "slow", "kevin16", 91, 8, 160, 300, 700),
                new VoiceSpec("calm", "slow", "kevin16", 90, 9, 160, 300, 700),
                new VoiceSpec("calm", "slow", "kevin16", 90, 8, 161, 300, 700),
                new VoiceSpec("calm", "slow", "kevin16", 90, 8, 160, 301, 700),
                new VoiceSpec("calm", "slow", "kevin16", 90, 8, 160, 300, 701));
        assertThat(others).allSatisfy(o -> assertThat(o).isNotEqualTo(SPEC));
        assertThat(SPEC).isNotEqualTo(null).isNotEqualTo("calm");
    }

    @Test
    void comparesItsNumbersAsARecordDoes() {
        // A record compares doubles as Double.compare does: NaN equals NaN, 0.0 is not -0.0.
        assertThat(new VoiceSpec("a", "", "kevin16", Double.NaN, 8, 160, 300, 700))
                .isEqualTo(new VoiceSpec("a", "", "kevin16", Double.NaN, 8, 160, 300, 700));
        assertThat(new VoiceSpec("a", "", "kevin16", 0.0, 8, 160, 300, 700))
                .isNotEqualTo(new VoiceSpec("a", "", "kevin16", -0.0, 8, 160, 300, 700));
    }
}

package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Position's equals and hashCode are written by hand (issue 12); they must stay those a record would make. */
class PositionTest {
    @Test
    void equalWhenBothPartsAreEqual() {
        assertThat(new Position(3, 4)).isEqualTo(new Position(3, 4)).hasSameHashCodeAs(new Position(3, 4));
        assertThat(Position.START).isEqualTo(new Position(0, 0));
    }

    @Test
    void differentWhenEitherPartDiffers() {
        assertThat(new Position(3, 4)).isNotEqualTo(new Position(4, 3)).isNotEqualTo(new Position(3, 5))
                .isNotEqualTo(new Position(2, 4)).isNotEqualTo(null).isNotEqualTo("3/4");
    }

    @Test
    void hashesSpreadOverNearbyPositions() {
        assertThat(new Position(0, 1).hashCode()).isNotEqualTo(new Position(1, 0).hashCode());
    }
}

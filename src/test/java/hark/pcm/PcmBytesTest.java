package hark.pcm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class PcmBytesTest {
    @Test
    void samplesGoOutLittleEndianFromTheOffsetGiven() {
        byte[] bytes = new byte[6];
        PcmBytes.toLittleEndian(new short[] {7, 0x1234, -2, 9}, 1, 2, bytes);
        assertThat(bytes).containsExactly(0x34, 0x12, 0xFE, 0xFF, 0, 0);
    }

    @Test
    void bytesComeBackInEitherOrderAndAnOddByteIsLeftOut() {
        byte[] bytes = {0x12, 0x34, (byte) 0xFF, (byte) 0xFE, 0x55};
        assertThat(PcmBytes.toSamples(bytes, bytes.length, ByteOrder.BIG_ENDIAN)).containsExactly((short) 0x1234, (short) -2);
        assertThat(PcmBytes.toSamples(bytes, 2, ByteOrder.LITTLE_ENDIAN)).containsExactly((short) 0x3412);
    }

    @Test
    void aRoundTripKeepsEverySample() {
        short[] all = new short[65536];
        for (int i = 0; i < all.length; i++) {
            all[i] = (short) (i + Short.MIN_VALUE);
        }
        byte[] bytes = PcmBytes.toLittleEndian(all);
        assertThat(PcmBytes.toSamples(bytes, bytes.length, ByteOrder.LITTLE_ENDIAN)).isEqualTo(all);
    }
}

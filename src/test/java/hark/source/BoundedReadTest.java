package hark.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.Allocated;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundedReadTest {
    private static final int MB = 1024 * 1024;

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void readsEveryByteWhateverTheExpectedSize() throws Exception {
        byte[] data = bytes(300_000);
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(data), MB)).isEqualTo(data);
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(data), MB, data.length)).isEqualTo(data);
        // a file that grew or shrank after its size was taken
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(data), MB, 1000)).isEqualTo(data);
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(data), MB, 500_000)).isEqualTo(data);
        // a pipe or a FIFO given as a file says it has no size
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(data), MB, 0)).isEqualTo(data);
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(new byte[0]), MB, 0)).isEmpty();
        assertThat(BoundedRead.readAll(new ByteArrayInputStream(new byte[0]), MB)).isEmpty();
    }

    @Test
    void overTheLimitIsRefusedWhetherDeclaredOrArriving() {
        assertThatThrownBy(() -> BoundedRead.readAll(InputStream.nullInputStream(), MB, MB + 1L))
                .isInstanceOf(BoundedRead.TooLarge.class);
        assertThatThrownBy(() -> BoundedRead.readAll(new ByteArrayInputStream(bytes(MB + 1)), MB))
                .isInstanceOf(BoundedRead.TooLarge.class);
        assertThatThrownBy(() -> BoundedRead.readAll(new ByteArrayInputStream(bytes(MB + 1)), MB, 10))
                .isInstanceOf(BoundedRead.TooLarge.class);
    }

    /** A doubling buffer and its final copy took about four times a 10 MB page; one array of it is enough. */
    @Test
    void aStreamOfKnownSizeIsReadIntoOneArrayAndAnUnknownOneIntoLittleMoreThanTwo() throws Exception {
        byte[] page = bytes(10 * MB);
        long known = Allocated.bytesBy(() -> BoundedRead.readAll(new ByteArrayInputStream(page), 11 * MB, page.length));
        long unknown = Allocated.bytesBy(() -> BoundedRead.readAll(new ByteArrayInputStream(page), 11 * MB));
        assertThat(known).isLessThan(page.length + MB / 2);
        assertThat(unknown).isLessThan(2L * page.length + MB);
    }

    /** A file's channel reads through a native buffer as large as each request: a 10 MB request held 10 MB more. */
    @Test
    void asksTheStreamForAtMost64KbAtATime() throws Exception {
        int[] largest = {0};
        InputStream watched = new ByteArrayInputStream(bytes(MB)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                largest[0] = Math.max(largest[0], len);
                return super.read(b, off, len);
            }
        };
        byte[] read = BoundedRead.readAll(watched, 2 * MB, MB);
        assertThat(read).hasSize(MB);
        assertThat(largest[0]).isLessThanOrEqualTo(64 * 1024);
        assertThat(Arrays.equals(read, bytes(MB))).isTrue();
    }
}

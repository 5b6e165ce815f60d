package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input is read within its limit: never a byte past it, and a file's size is checked before it is read. */
class InputBytesTest {

    @Test
    void aStreamIsReadUpToTheLimitAndNoFurther() {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        assertThatThrownBy(() -> InputBytes.read(endless, 1000, "<stdin>")).isInstanceOf(YamlInputException.class)
                .hasMessageContaining("input is more than 1000 bytes, more than the limit of 1000 bytes");
        assertThat(read[0]).isEqualTo(1001);
        assertThat(InputBytes.read(new ByteArrayInputStream(new byte[1000]), 1000, "<stdin>")).hasSize(1000);
    }

    @Test
    void aFileOver2GiBIsRefusedBeforeAnythingIsRead(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: no 3 GiB written
        }
        assertThatThrownBy(() -> InputBytes.readFile(big, 1L << 40, "big.yaml")).isInstanceOf(YamlInputException.class)
                .hasMessageContaining("input is 3221225472 bytes, more than the limit of 2147483639 bytes (inputs above 2147483639 bytes"
                        + " are not supported)");
        assertThatThrownBy(() -> InputBytes.readFile(big, 1L << 30, "big.yaml"))
                .hasMessageContaining("input is 3221225472 bytes, more than the limit of 1073741824 bytes");
    }
}

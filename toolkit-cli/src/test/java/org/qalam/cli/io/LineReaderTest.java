package org.qalam.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<LineReader.Line> readAll(byte[] bytes, boolean replace) throws IOException {
        List<LineReader.Line> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), "in.txt", replace)) {
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void splitsOnLfAndCrLfAndKeepsAFinalLineWithoutTerminator() throws IOException {
        byte[] bytes = "سطر\r\n\nأخير".getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(bytes, false)).extracting(LineReader.Line::text)
                .containsExactly("سطر", "", "أخير");
    }

    @Test
    void reportsTheByteOffsetOfTheFirstInvalidByte() {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xD8, (byte) 0xA7, (byte) 0xFF, '\n'};

        assertThatThrownBy(() -> readAll(bytes, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("in.txt: invalid UTF-8 at byte offset 5");
    }

    @Test
    void replacesInvalidBytesWhenAsked() throws IOException {
        byte[] bytes = {(byte) 0xD8, (byte) 0xA7, (byte) 0xFF};

        assertThat(readAll(bytes, true)).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("ا\uFFFD");
            assertThat(line.replaced()).isTrue();
        });
    }

    @Test
    void readsLinesLongerThanTheBuffer() throws IOException {
        String longLine = "ب".repeat(200_000);

        assertThat(readAll((longLine + "\nx").getBytes(StandardCharsets.UTF_8), false))
                .extracting(LineReader.Line::text).containsExactly(longLine, "x");
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertThat(readAll(new byte[0], false)).isEmpty();
    }
}

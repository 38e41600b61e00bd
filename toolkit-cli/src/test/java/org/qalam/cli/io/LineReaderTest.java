package org.qalam.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<LineReader.Line> readAll(byte[] bytes, boolean replace) throws IOException {
        return readAll(bytes, replace ? InvalidUtf8Action.REPLACE : InvalidUtf8Action.FAIL,
                Long.MAX_VALUE);
    }

    private static List<LineReader.Line> readAll(byte[] bytes, InvalidUtf8Action action, long max)
            throws IOException {
        List<LineReader.Line> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), "in.txt", action,
                max)) {
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
            assertThat(line.status()).isEqualTo(LineReader.Line.Status.REPLACED);
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

    @Test
    void skipsAnInvalidLineAndGoesOnWhenAsked() throws IOException {
        byte[] bytes = {'a', '\n', (byte) 0xFF, '\n', 'b'};

        assertThat(readAll(bytes, InvalidUtf8Action.SKIP, Long.MAX_VALUE))
                .extracting(LineReader.Line::text, LineReader.Line::status)
                .containsExactly(tuple("a", LineReader.Line.Status.OK),
                        tuple("", LineReader.Line.Status.INVALID),
                        tuple("b", LineReader.Line.Status.OK));
    }

    @Test
    void dropsALineAboveTheLimitWithoutKeepingItAndReadsTheNext() throws IOException {
        byte[] bytes = ("x".repeat(1000) + "\nok\n").getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(bytes, InvalidUtf8Action.FAIL, 100))
                .extracting(LineReader.Line::status, LineReader.Line::byteLength)
                .containsExactly(tuple(LineReader.Line.Status.TOO_LONG, 1001L),
                        tuple(LineReader.Line.Status.OK, 3L));
    }

    @Test
    void keepsNulBytesAndBidiControls() throws IOException {
        String line = "a\u0000\u200F\u202Eب\u200B";

        assertThat(readAll((line + "\n").getBytes(StandardCharsets.UTF_8), false))
                .extracting(LineReader.Line::text).containsExactly(line);
    }
}

package org.qalam.cli.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that reports where the input went wrong instead of guessing. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Decodes {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @param source name for the error message
     * @param baseOffset byte offset of {@code bytes[offset]} in the whole input
     * @throws InvalidInputException at the first malformed or unmappable byte
     */
    public static String decode(byte[] bytes, int offset, int length, String source,
                                long baseOffset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidInputException(source, baseOffset + (in.position() - offset));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InvalidInputException(source, baseOffset + (in.position() - offset));
        }
        return out.flip().toString();
    }

    /** Decodes, replacing each malformed sequence with U+FFFD; returns whether any was replaced. */
    public static Decoded decodeReplacing(byte[] bytes, int offset, int length) {
        try {
            return new Decoded(decode(bytes, offset, length, "", 0), false);
        } catch (InvalidInputException e) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try {
                return new Decoded(decoder.decode(ByteBuffer.wrap(bytes, offset, length))
                        .toString(), true);
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** Decoded text and whether replacement characters were substituted. */
    public record Decoded(String text, boolean replaced) {
    }
}

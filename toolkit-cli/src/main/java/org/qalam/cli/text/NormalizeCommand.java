package org.qalam.cli.text;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.qalam.arabic.diacritics.StripOptions;
import org.qalam.arabic.normalize.NormalizationProfile;
import org.qalam.arabic.normalize.Normalizer;
import org.qalam.cli.LineFilterCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code qalam normalize}: prints every input line normalized with a profile ({@code display} by
 * default: tatweel, bidi and zero-width controls removed, NFC; {@code search}: letters unified,
 * diacritics stripped, digits to ASCII), optionally stripping diacritics.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Normalize Arabic text line by line (profiles: display, search).")
public final class NormalizeCommand extends LineFilterCommand {

    @Option(names = "--profile", defaultValue = "display", paramLabel = "PROFILE",
            description = "Normalization profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private NormalizationProfile profile;

    @Option(names = "--strip-diacritics",
            description = "Strip diacritics (the search profile always does).")
    private boolean stripDiacritics;

    @Option(names = "--keep", split = ",", paramLabel = "MARK[,MARK...]",
            description = "Diacritics to keep when stripping: shadda, final-tanween.")
    private List<String> keep = List.of();

    private Normalizer normalizer;
    private final StringBuilder buffer = new StringBuilder(256);

    @Override
    protected void start() {
        StripOptions options = StripOptions.ALL;
        for (String mark : keep) {
            switch (mark.toLowerCase(Locale.ROOT)) {
                case "shadda" -> options = options.withKeepShadda(true);
                case "final-tanween", "tanween" -> options = options.withKeepFinalTanween(true);
                default -> throw new ParameterException(spec().commandLine(),
                        "unknown --keep mark '" + mark
                                + "'; expected shadda or final-tanween");
            }
        }
        Normalizer base = Normalizer.of(profile);
        normalizer = stripDiacritics || profile == NormalizationProfile.SEARCH || !keep.isEmpty()
                ? base.stripDiacritics(options) : base;
    }

    @Override
    protected void line(String text, String source, long number, Writer out) throws IOException {
        buffer.setLength(0);
        normalizer.appendNormalized(text, 0, text.length(), buffer);
        out.append(buffer).append('\n');
    }
}

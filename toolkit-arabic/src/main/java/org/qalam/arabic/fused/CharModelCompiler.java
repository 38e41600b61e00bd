package org.qalam.arabic.fused;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build-time step: compiles lingua's Arabic n-gram JSON files into the compact {@link CharModel}
 * resource (sorted packed keys, log10 probabilities in thousandths).
 *
 * <p>Why: the lingua jar is 80 MB; only its Arabic models are read, once, when Qalam is built.
 * Usage: {@code CharModelCompiler <dir with unigrams.json…fivegrams.json> <output file>}.
 */
final class CharModelCompiler {

    private static final String[] FILES = {
        "unigrams.json", "bigrams.json", "trigrams.json", "quadrigrams.json", "fivegrams.json"
    };
    /** One probability class of a lingua model: "numerator/denominator":"ngram ngram …". */
    private static final Pattern ENTRY = Pattern.compile("\"(\\d+)/(\\d+)\":\"([^\"]*)\"");

    private CharModelCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CharModelCompiler <lingua ar model dir> <output>");
        }
        Map<Integer, Short> model = new TreeMap<>();
        for (String file : FILES) {
            String json = Files.readString(Path.of(args[0], file), StandardCharsets.UTF_8);
            Matcher m = ENTRY.matcher(json);
            while (m.find()) {
                double p = Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
                short value = (short) Math.round(Math.max(-32.0, Math.log10(p)) * CharModel.SCALE);
                for (String ngram : m.group(3).split(" ")) {
                    int key = ngram.isEmpty() ? -1 : CharModel.key(ngram, 0, ngram.length());
                    if (key > 0) {
                        model.put(key, value);
                    }
                }
            }
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (OutputStream raw = Files.newOutputStream(out);
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(raw))) {
            data.writeInt(model.size());
            for (int key : model.keySet()) {
                data.writeInt(key);
            }
            for (short value : model.values()) {
                data.writeShort(value);
            }
        }
    }
}

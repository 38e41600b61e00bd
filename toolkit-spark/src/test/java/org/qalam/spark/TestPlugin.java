package org.qalam.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Compiles a tiny third-party plugin jar against toolkit-core alone: extractor {@code shout}
 * emits a {@code shout} mention for every occurrence of its {@code word} (config key, default
 * {@code QALAM}) and throws on text containing {@code BOOM}. The jar is never on the test class
 * path, so Spark must ship it for the executors to find it.
 */
final class TestPlugin {

    static final String NAME = "shout";

    private static final String PROVIDER = """
            package test.shout;
            import java.util.*;
            import org.qalam.core.model.*;
            import org.qalam.core.spi.*;
            public final class ShoutProvider implements ExtractorProvider {
                public String name() { return "shout"; }
                public int apiVersion() { return ExtractorApi.VERSION; }
                public Set<String> emits() { return Set.of("shout"); }
                public Map<String, String> configKeys() { return Map.of("word", "word to find"); }
                public Extractor create(ExtractorConfig config) {
                    String word = config.get("word").orElse("QALAM");
                    return new Extractor() {
                        public List<Mention> extract(Document d, ExtractionContext c) {
                            if (d.text().contains("BOOM")) {
                                throw new IllegalStateException("boom in " + d.id());
                            }
                            List<Mention> found = new ArrayList<>();
                            for (int i = d.text().indexOf(word); i >= 0;
                                    i = d.text().indexOf(word, i + 1)) {
                                found.add(Mention.builder(d, "shout", i, i + word.length())
                                        .value(word.toLowerCase()).build());
                            }
                            return found;
                        }
                    };
                }
            }
            """;

    private TestPlugin() {
    }

    static Path build(Path dir) throws IOException {
        Path src = dir.resolve("src/test/shout/ShoutProvider.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, PROVIDER, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        String core = Path.of(ExtractorProvider.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath()).toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-classpath", core, "-d", classes.toString(),
                "-proc:none", src.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed: " + status);
        }
        Path jar = dir.resolve("shout-plugin.jar");
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path c : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + ExtractorProvider.class.getName()));
            out.write(String.join("\n", List.of("test.shout.ShoutProvider", ""))
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}

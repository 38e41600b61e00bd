package org.qalam.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Builds small plugin jars for registry tests. */
final class TestJars {

    static final String SERVICES = "META-INF/services/" + ExtractorProvider.class.getName();

    private TestJars() {
    }

    /** A jar holding only a services file that lists {@code providerClasses}. */
    static Path servicesJar(Path jar, String... providerClasses) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            writeServices(out, providerClasses);
        }
        return jar;
    }

    /**
     * A jar with a provider compiled against an older SPI, whose interface had no
     * {@code apiVersion()}: calling it at run time raises {@link AbstractMethodError}.
     */
    static Path oldApiJar(Path workDir) throws IOException {
        Path src = Files.createDirectories(workDir.resolve("src"));
        Path spi = Files.createDirectories(src.resolve("org/qalam/core/spi"));
        Path pkg = Files.createDirectories(src.resolve("old/plugin"));
        Files.writeString(spi.resolve("ExtractorProvider.java"), """
                package org.qalam.core.spi;
                public interface ExtractorProvider {
                    String name();
                    java.util.Set<String> produces();
                }
                """);
        Files.writeString(pkg.resolve("OldProvider.java"), """
                package old.plugin;
                public class OldProvider implements org.qalam.core.spi.ExtractorProvider {
                    public String name() { return "old"; }
                    public java.util.Set<String> produces() { return java.util.Set.of("old"); }
                }
                """);
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", classes.toString(),
                spi.resolve("ExtractorProvider.java").toString(),
                pkg.resolve("OldProvider.java").toString());
        assertThat(status).as("compiling the old-API plugin").isZero();
        Path jar = workDir.resolve("old-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            addClass(out, classes, "old/plugin/OldProvider.class");
            writeServices(out, "old.plugin.OldProvider");
        }
        return jar;
    }

    private static void addClass(JarOutputStream out, Path classes, String entry)
            throws IOException {
        out.putNextEntry(new JarEntry(entry));
        out.write(Files.readAllBytes(classes.resolve(entry)));
        out.closeEntry();
    }

    private static void writeServices(JarOutputStream out, String... providerClasses)
            throws IOException {
        out.putNextEntry(new JarEntry(SERVICES));
        OutputStream entry = out;
        entry.write(("# test plugin\n" + String.join("\n", providerClasses) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}

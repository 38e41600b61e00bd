package org.qalam.cli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.qalam.core.spi.ExtractorProvider;

/**
 * Builds plugin jars for the integration tests: a provider of this module's test classes, a
 * plugin compiled from source against the toolkit's API jars alone (as a third party builds one),
 * or a file that only looks like a jar.
 */
final class PluginJars {

    private static final String SERVICES =
            "META-INF/services/" + ExtractorProvider.class.getName();

    private PluginJars() {
    }

    /**
     * A jar of the class files (nested and anonymous ones too) of {@code provider} and of its
     * superclasses from this module's test code, and a services file.
     */
    static Path ofTestClass(Path jar, Class<? extends ExtractorProvider> provider)
            throws IOException {
        Path classes = codeSource(provider);
        List<Path> files = new ArrayList<>();
        for (Class<?> type = provider; isIn(type, classes); type = type.getSuperclass()) {
            Path folder = classes.resolve(type.getPackageName().replace('.', '/'));
            String simpleName = type.getSimpleName();
            try (Stream<Path> listed = Files.list(folder)) {
                files.addAll(listed.filter(file -> {
                    String name = file.getFileName().toString();
                    return name.equals(simpleName + ".class") || name.startsWith(simpleName + "$");
                }).sorted().toList());
            }
        }
        return pack(jar, classes, files, provider.getName());
    }

    /**
     * Compiles the plugin sources below {@code sources} with only the jars (or class folders) of
     * {@code api} on the class path, and packs them with a services file naming
     * {@code providerClass}.
     */
    static Path compiled(Path jar, Path sources, String providerClass, Path work,
                         Class<?>... api) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assumeThat(javac).as("a JDK's compiler").isNotNull();
        String classPath = Stream.of(api).map(PluginJars::codeSource).map(Path::toString)
                .distinct().collect(Collectors.joining(File.pathSeparator));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
                "-classpath", classPath, "-d", work.toString()));
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> arguments.add(file.toString()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, arguments.toArray(String[]::new));
        assertThat(status).as("javac %s%n%s", arguments,
                errors.toString(StandardCharsets.UTF_8)).isZero();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(work)) {
            files = walk.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
        return pack(jar, work, files, providerClass);
    }

    /**
     * The example plugin's jar, built by the reactor before this module; the test is skipped
     * without it.
     */
    static Path example() {
        String example = System.getProperty("qalam.example.plugin");
        assumeThat(example).as("qalam.example.plugin system property").isNotNull();
        return Path.of(example);
    }

    /** A file named like a jar that is not one. */
    static Path corrupt(Path jar) throws IOException {
        return Files.write(jar, "PK\u0003\u0004 this is not a zip".getBytes(StandardCharsets.UTF_8));
    }

    private static Path pack(Path jar, Path root, List<Path> classFiles, String providerClass)
            throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(SERVICES));
            out.write((providerClass + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path classFile : classFiles) {
                out.putNextEntry(new JarEntry(root.relativize(classFile).toString()
                        .replace('\\', '/')));
                Files.copy(classFile, out);
            }
        }
        return jar;
    }

    /** Whether {@code type} was loaded from the class folder or jar {@code classes}. */
    private static boolean isIn(Class<?> type, Path classes) {
        return type != null && type.getProtectionDomain().getCodeSource() != null
                && codeSource(type).equals(classes);
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.qalam.core.registry;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder of plugin jars, opened with a {@link URLClassLoader} whose parent is the toolkit's
 * class loader, so plugins see the SPI and the bundled providers stay visible too.
 *
 * <p>A file named {@code *.jar} that is not a readable jar (truncated, corrupt, not a zip) is
 * left out of the class loader and reported in {@link #failures()}, which the registry adds to
 * its own load failures.
 */
public final class PluginFolder implements AutoCloseable {

    private final Path directory;
    private final List<Path> jars;
    private final List<LoadFailure> failures;
    private final URLClassLoader classLoader;

    private PluginFolder(Path directory, List<Path> jars, List<LoadFailure> failures,
                         URLClassLoader classLoader) {
        this.directory = directory;
        this.jars = jars;
        this.failures = failures;
        this.classLoader = classLoader;
    }

    /**
     * Opens every {@code *.jar} directly inside {@code directory}, in name order.
     *
     * @throws IllegalArgumentException if {@code directory} is not a readable folder
     */
    public static PluginFolder open(Path directory, ClassLoader parent) {
        requireNonNull(directory, "directory");
        requireNonNull(parent, "parent");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("plugins folder " + directory + " is not a folder");
        }
        List<Path> jars;
        try (Stream<Path> entries = Files.list(directory)) {
            jars = entries.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugins folder " + directory, e);
        }
        List<URL> urls = new ArrayList<>(jars.size());
        List<Path> readable = new ArrayList<>(jars.size());
        List<LoadFailure> failures = new ArrayList<>();
        for (Path jar : jars) {
            try (JarFile opened = new JarFile(jar.toFile())) {
                urls.add(jar.toUri().toURL());
                readable.add(jar);
            } catch (IOException | SecurityException e) {
                failures.add(new LoadFailure(jar.toString(), "-",
                        "not a readable jar (" + e.getMessage() + "); skipped"));
            }
        }
        return new PluginFolder(directory, List.copyOf(readable), List.copyOf(failures),
                new URLClassLoader("qalam-plugins", urls.toArray(URL[]::new), parent));
    }

    /** The folder. */
    public Path directory() {
        return directory;
    }

    /** The readable jars found, in name order. */
    public List<Path> jars() {
        return jars;
    }

    /** The jars that could not be opened, with the reason. */
    public List<LoadFailure> failures() {
        return failures;
    }

    /** The class loader over the jars. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** Closes the jars; providers loaded from them must not be used afterwards. */
    @Override
    public void close() throws IOException {
        classLoader.close();
    }
}

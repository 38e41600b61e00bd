package org.qalam.core.registry;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of plugin jars, opened with a {@link URLClassLoader} whose parent is the toolkit's
 * class loader, so plugins see the SPI and the bundled providers stay visible too.
 */
public final class PluginFolder implements AutoCloseable {

    private final Path directory;
    private final List<Path> jars;
    private final URLClassLoader classLoader;

    private PluginFolder(Path directory, List<Path> jars, URLClassLoader classLoader) {
        this.directory = directory;
        this.jars = jars;
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
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad plugin path " + jar, e);
            }
        }
        return new PluginFolder(directory, jars,
                new URLClassLoader("qalam-plugins", urls.toArray(URL[]::new), parent));
    }

    /** The folder. */
    public Path directory() {
        return directory;
    }

    /** The jars found, in name order. */
    public List<Path> jars() {
        return jars;
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

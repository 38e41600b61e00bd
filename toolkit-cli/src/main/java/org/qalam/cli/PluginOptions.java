package org.qalam.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.LoadFailure;
import org.qalam.core.registry.PluginFolder;
import picocli.CommandLine.Option;

/**
 * The {@code --plugins DIR} and {@code --strict} options shared by every command that discovers
 * extractors, and the one place that reports load failures.
 *
 * <p>Why one place: a plugin that does not load (a corrupt jar, a duplicate name or jar, another
 * SPI version) must never go unnoticed, whichever command loaded it; by default the run goes on
 * without it, and {@code --strict} makes it fatal.
 */
public final class PluginOptions {

    /** What a load failure is prefixed with on standard error. */
    static final String NOT_LOADED = "qalam: plugin not loaded: ";

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder of plugin jars to load besides the bundled extractors.")
    private Path pluginsFolder;

    @Option(names = "--strict",
            description = {"Fail (exit 1) when any extractor or plugin jar fails to load; by "
                    + "default each failure is reported on stderr and the run goes on without it."})
    private boolean strict;

    /**
     * Every provider on the class path, plus those in the plugins folder if one was given; each
     * load failure is printed on {@code err} with its jar and reason.
     *
     * @throws PluginLoadException with {@code --strict}, when anything failed to load
     */
    public ExtractorRegistry registry(PrintWriter err) {
        ClassLoader toolkit = PluginOptions.class.getClassLoader();
        // The folder stays open for the life of the process: plugin classes are used until exit.
        ExtractorRegistry registry = pluginsFolder == null ? ExtractorRegistry.load(toolkit)
                : ExtractorRegistry.load(PluginFolder.open(pluginsFolder, toolkit));
        for (LoadFailure failure : registry.failures()) {
            err.println(NOT_LOADED + describe(failure));
        }
        err.flush();
        if (strict && !registry.failures().isEmpty()) {
            throw new PluginLoadException(registry.failures().size()
                    + " extractor(s) failed to load and --strict is set");
        }
        return registry;
    }

    /** The jar first, then the provider class when known, then the reason. */
    static String describe(LoadFailure failure) {
        boolean unnamed = failure.provider().isEmpty() || "-".equals(failure.provider());
        return failure.origin() + ": " + (unnamed ? "" : failure.provider() + ": ")
                + failure.reason();
    }

    /** Load failures under {@code --strict}: exit code 1, after each was reported. */
    public static final class PluginLoadException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PluginLoadException(String message) {
            super(message);
        }
    }
}

package org.qalam.cli;

import java.nio.file.Path;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.PluginFolder;
import picocli.CommandLine.Option;

/** The {@code --plugins DIR} option shared by commands that discover extractors. */
public final class PluginOptions {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder of plugin jars to load besides the bundled extractors.")
    private Path pluginsFolder;

    /** Every provider on the class path, plus those in the plugins folder if one was given. */
    public ExtractorRegistry registry() {
        ClassLoader toolkit = PluginOptions.class.getClassLoader();
        if (pluginsFolder == null) {
            return ExtractorRegistry.load(toolkit);
        }
        // The folder stays open for the life of the process: plugin classes are used until exit.
        return ExtractorRegistry.load(PluginFolder.open(pluginsFolder, toolkit));
    }
}

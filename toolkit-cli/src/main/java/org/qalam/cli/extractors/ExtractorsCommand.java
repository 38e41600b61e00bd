package org.qalam.cli.extractors;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.qalam.cli.PluginOptions;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractorProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code qalam extractors}: every discovered extractor with its version, origin, what it reads
 * ({@code requires}: layers and mention types), the layers it writes, the mention types it emits
 * and the configuration keys it accepts. Load failures go to stderr, as for every command that
 * loads plugins, so that stdout stays the list of what will run.
 */
@Command(name = "extractors", mixinStandardHelpOptions = true,
        description = {"List the extractors found on the class path and in --plugins: what each "
                + "requires, writes and emits, and its config keys (set them with analyze "
                + "--config NAME.KEY=VALUE).",
            "Load failures are reported on stderr."})
public final class ExtractorsCommand implements Callable<Integer> {

    private static final String INDENT = "    ";
    private static final String NONE = "-";

    @Mixin
    private PluginOptions plugins;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (RegisteredProvider registered : plugins.registry(spec.commandLine().getErr())
                .providers()) {
            ExtractorProvider provider = registered.provider();
            out.printf("%s %s (%s)%n", provider.name(), provider.version(), registered.origin());
            if (!provider.description().isEmpty()) {
                out.println(INDENT + provider.description());
            }
            out.println(INDENT + "requires  " + list(provider.requires()));
            out.println(INDENT + "writes    " + list(provider.writes()));
            out.println(INDENT + "emits     " + list(provider.emits()));
            Map<String, String> keys = new TreeMap<>(provider.configKeys());
            if (keys.isEmpty()) {
                out.println(INDENT + "config    " + NONE);
            }
            for (Map.Entry<String, String> key : keys.entrySet()) {
                out.println(INDENT + "config    " + provider.name() + "." + key.getKey()
                        + (key.getValue().isEmpty() ? "" : "  " + key.getValue()));
            }
            out.println();
        }
        out.flush();
        return 0;
    }

    private static String list(Set<String> names) {
        return names.isEmpty() ? NONE : String.join(", ", new TreeSet<>(names));
    }
}

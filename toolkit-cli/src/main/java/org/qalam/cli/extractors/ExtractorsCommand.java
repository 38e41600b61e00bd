package org.qalam.cli.extractors;

import java.io.PrintWriter;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.qalam.cli.PluginOptions;
import org.qalam.core.registry.ExtractorRegistry;
import org.qalam.core.registry.LoadFailure;
import org.qalam.core.registry.RegisteredProvider;
import org.qalam.core.spi.ExtractorProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code qalam extractors}: every discovered extractor with its version, jar, inputs and
 * outputs, then every provider that failed to load and why. Exit code 1 when any failed.
 */
@Command(name = "extractors", mixinStandardHelpOptions = true,
        description = "List the extractors found on the class path and in --plugins, and load failures.")
public final class ExtractorsCommand implements Callable<Integer> {

    @Mixin
    private PluginOptions plugins;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ExtractorRegistry registry = plugins.registry();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-14s %-16s %-28s %-22s %s%n", "NAME", "VERSION", "PRODUCES", "REQUIRES", "ORIGIN");
        for (RegisteredProvider registered : registry.providers()) {
            ExtractorProvider provider = registered.provider();
            out.printf("%-14s %-16s %-28s %-22s %s%n", provider.name(), provider.version(),
                    String.join(",", new TreeSet<>(provider.produces())),
                    provider.requires().isEmpty() ? "-"
                            : String.join(",", new TreeSet<>(provider.requires())),
                    registered.origin());
            if (!provider.description().isEmpty()) {
                out.printf("%-14s %s%n", "", provider.description());
            }
        }
        if (!registry.failures().isEmpty()) {
            out.println();
            out.println("LOAD FAILURES");
            for (LoadFailure failure : registry.failures()) {
                out.printf("%s%n    from %s%n    %s%n", failure.provider(), failure.origin(),
                        failure.reason());
            }
        }
        out.flush();
        return registry.failures().isEmpty() ? 0 : 1;
    }
}

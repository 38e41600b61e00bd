package org.qalam.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version and git commit written into the jar at build time. A build without git metadata
 * (a source archive) still has a version; the commit then reads {@code unknown}.
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        String commit = known(properties.getProperty("commit"));
        String dirty = known(properties.getProperty("dirty"));
        return new String[] {
            "qalam " + known(properties.getProperty("version")) + " (commit " + commit
                    + ("true".equals(dirty) ? ", with local changes" : "") + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                    + ")"
        };
    }

    /** The value, or {@code unknown} when missing or left unfiltered ({@code ${...}}). */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }
}

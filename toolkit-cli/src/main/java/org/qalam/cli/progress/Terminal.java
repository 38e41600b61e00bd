package org.qalam.cli.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output or standard error is a terminal. Java only tells whether the process
 * has a console; the answer here comes, in order, from the launcher ({@code bin/qalam} sets
 * {@code qalam.stdin.tty}, {@code qalam.stdout.tty} and {@code qalam.stderr.tty} from
 * {@code [ -t 0 ]}, {@code [ -t 1 ]} and {@code [ -t 2 ]}), from {@code /proc/self/fd} on Linux, and from {@link System#console()}.
 */
public final class Terminal {

    private Terminal() {
    }

    /** Whether standard input is a terminal (someone typing). */
    public static boolean stdinIsTty() {
        return isTty("qalam.stdin.tty", 0);
    }

    /** Whether standard output is a terminal. */
    public static boolean stdoutIsTty() {
        return isTty("qalam.stdout.tty", 1);
    }

    /** Whether standard error is a terminal. */
    public static boolean stderrIsTty() {
        return isTty("qalam.stderr.tty", 2);
    }

    /** Whether colours are welcome: a terminal, and {@code NO_COLOR} and {@code TERM=dumb} unset. */
    public static boolean colorsWelcome() {
        String term = System.getenv("TERM");
        return System.getenv("NO_COLOR") == null && !"dumb".equals(term);
    }

    private static boolean isTty(String property, int fd) {
        String told = System.getProperty(property);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}

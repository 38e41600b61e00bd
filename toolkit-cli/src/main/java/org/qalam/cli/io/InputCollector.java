package org.qalam.cli.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns command-line arguments into input sources: {@code -} (or nothing) is standard input, a
 * file is itself, a folder is every regular file below it, recursively, in path order, hidden
 * entries (names starting with a dot) left out, filtered by an optional glob. A glob without
 * {@code /} matches file names ({@code *.txt}); one with {@code /} matches the path below the
 * folder ({@code 2024/**.txt}). Files named explicitly are taken whatever the glob.
 */
public final class InputCollector {

    private final PathMatcher glob;
    private final String pattern;
    private final boolean globOnNames;

    /** @param glob pattern for files found in folders, or {@code null} for all */
    public InputCollector(String glob) {
        this.glob = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        this.globOnNames = glob != null && !glob.contains("/");
        this.pattern = glob;
    }

    /**
     * The sources for {@code arguments} in order.
     *
     * @param problems receives one message per folder entry that could not be listed
     */
    public List<InputSource> collect(List<String> arguments, Consumer<String> problems) {
        return collect(arguments, problems, message -> { });
    }

    /**
     * As {@link #collect(List, Consumer)}, and tells {@code unmatched} of each folder in which
     * the glob matched no file, so that a mistyped pattern is not a silent empty run.
     */
    public List<InputSource> collect(List<String> arguments, Consumer<String> problems,
                                     Consumer<String> unmatched) {
        if (arguments.isEmpty()) {
            return List.of(InputSource.stdin());
        }
        List<InputSource> sources = new ArrayList<>();
        for (String argument : arguments) {
            if ("-".equals(argument)) {
                sources.add(InputSource.stdin());
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                List<InputSource> found = walk(path, problems);
                if (found.isEmpty() && glob != null) {
                    unmatched.accept(path + ": --glob '" + pattern + "' matches no file here");
                }
                sources.addAll(found);
            } else {
                sources.add(InputSource.file(path));
            }
        }
        return sources;
    }

    private List<InputSource> walk(Path root, Consumer<String> problems) {
        List<InputSource> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir,
                                                                 BasicFileAttributes attributes) {
                            return !dir.equals(root) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && !isHidden(file)
                                    && matches(root.relativize(file))) {
                                found.add(InputSource.under(root, file));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.accept(file + ": cannot read: " + IoErrors.describe(e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.accept(root + ": cannot read: " + IoErrors.describe(e));
        }
        found.sort(Comparator.comparing(source -> source.relative().toString()));
        return found;
    }

    private boolean matches(Path relative) {
        if (glob == null) {
            return true;
        }
        return glob.matches(globOnNames ? relative.getFileName() : relative);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}

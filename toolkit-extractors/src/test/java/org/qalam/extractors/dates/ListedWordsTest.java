package org.qalam.extractors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The set of listed words is a value of all the lists together: every word of every word list the
 * package declares is in it, whichever list was loaded first, and a word of none is not.
 */
class ListedWordsTest {

    @Test
    void everyWordOfEveryListOfThePackageIsListed() throws Exception {
        List<Phrases<?>> lists = declaredLists();
        assertThat(lists).contains(Vocabulary.MONTHS, Vocabulary.AFTER, Holidays.NAMES);
        for (Phrases<?> list : lists) {
            assertThat(Phrases.wordsOf(list)).isNotEmpty().allMatch(ListedWords::has);
        }
    }

    @Test
    void aWordOfNoListIsNotListed() {
        assertThat(ListedWords.has(Atoms.key("قرنفلة"))).isFalse();
        assertThat(ListedWords.has(Atoms.key("الفصح"))).isTrue();
        assertThat(ListedWords.has(Atoms.key("أيلول"))).isTrue();
    }

    /** The value of every static {@link Phrases} field of every class compiled into the package. */
    private static List<Phrases<?>> declaredLists() throws IOException, URISyntaxException,
            ReflectiveOperationException {
        Path classes = Path.of(Atom.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Atom.class.getPackageName().replace('.', '/'));
        List<Phrases<?>> lists = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class")) {
                    continue;
                }
                Class<?> type = Class.forName(Atom.class.getPackageName() + "."
                        + name.substring(0, name.length() - ".class".length()));
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == Phrases.class) {
                        field.setAccessible(true);
                        lists.add((Phrases<?>) field.get(null));
                    }
                }
            }
        }
        return lists;
    }
}

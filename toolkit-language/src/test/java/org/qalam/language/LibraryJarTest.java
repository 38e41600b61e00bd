package org.qalam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The library registers nothing: depending on it, or shading it, adds no pipeline step. */
class LibraryJarTest {

    @Test
    void hasNoServiceRegistrations() {
        assertThat(Files.exists(Path.of("target/classes/META-INF/services"))).isFalse();
        assertThat(Files.exists(Path.of("src/main/resources/META-INF/services"))).isFalse();
    }
}

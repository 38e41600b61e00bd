package org.qalam.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qalam.core.registry.fixtures.FixedProvider;
import org.qalam.core.registry.fixtures.FutureApiProvider;
import org.qalam.core.registry.fixtures.OtherProvider;
import org.qalam.core.registry.fixtures.SecondFixedProvider;

class ExtractorRegistryTest {

    @TempDir
    Path plugins;

    private ExtractorRegistry loadFolder() throws Exception {
        PluginFolder folder = PluginFolder.open(plugins, getClass().getClassLoader());
        return ExtractorRegistry.load(folder);
    }

    /**
     * Loads the folder, checks that {@code loaded} is there and {@code refused} are not, and
     * returns the one failure.
     */
    private LoadFailure loadWithOneFailure(String loaded, String... refused) throws Exception {
        ExtractorRegistry registry = loadFolder();
        assertThat(registry.find(loaded)).as(loaded).isPresent();
        for (String name : refused) {
            assertThat(registry.find(name)).as(name).isEmpty();
        }
        assertThat(registry.failures()).hasSize(1);
        return registry.failures().get(0);
    }

    @Test
    void loadsProvidersAndNamesTheJarTheyCameFrom() throws Exception {
        Path jar = TestJars.servicesJar(plugins.resolve("a.jar"), FixedProvider.class.getName());

        ExtractorRegistry registry = loadFolder();

        assertThat(registry.find("fixed")).get()
                .satisfies(p -> assertThat(p.origin()).isEqualTo(jar.toString()));
        assertThat(registry.failures()).isEmpty();
    }

    @Test
    void aServicesEntryNamingAMissingClassIsAFailureAndOthersStillLoad() throws Exception {
        Path broken = TestJars.servicesJar(plugins.resolve("a-broken.jar"), "com.example.Missing");
        TestJars.servicesJar(plugins.resolve("b-good.jar"), OtherProvider.class.getName());

        LoadFailure failure = loadWithOneFailure("other");

        assertThat(failure.provider()).isEqualTo("com.example.Missing");
        assertThat(failure.origin()).isEqualTo(broken.toString());
        assertThat(failure.reason()).contains("not found");
    }

    @Test
    void aConstructorThatThrowsIsAFailureAndOthersStillLoad() throws Exception {
        Path broken = TestJars.servicesJar(plugins.resolve("a.jar"),
                "org.qalam.core.registry.fixtures.ThrowingConstructorProvider",
                OtherProvider.class.getName());

        LoadFailure failure = loadWithOneFailure("other");

        assertThat(failure.origin()).isEqualTo(broken.toString());
        assertThat(failure.reason()).contains("lexicon resource missing");
    }

    @Test
    void aProviderDeclaringAnotherApiVersionIsRefused() throws Exception {
        TestJars.servicesJar(plugins.resolve("future.jar"), FutureApiProvider.class.getName(),
                OtherProvider.class.getName());

        LoadFailure failure = loadWithOneFailure("other", "future");

        assertThat(failure.reason()).contains("API v3").contains("v2");
    }

    @Test
    void aProviderCompiledAgainstAnOlderInterfaceIsRefused(@TempDir Path work) throws Exception {
        Path oldJar = TestJars.oldApiJar(work);
        java.nio.file.Files.copy(oldJar, plugins.resolve("old.jar"));
        TestJars.servicesJar(plugins.resolve("z-good.jar"), OtherProvider.class.getName());

        LoadFailure failure = loadWithOneFailure("other", "old");

        assertThat(failure.provider()).isEqualTo("old.plugin.OldProvider");
        assertThat(failure.origin()).endsWith("old.jar");
        assertThat(failure.reason()).contains("incompatible extractor API");
    }

    @Test
    void aDuplicateNameIsRefusedNamingBothJars() throws Exception {
        Path first = TestJars.servicesJar(plugins.resolve("a.jar"), FixedProvider.class.getName());
        Path second = TestJars.servicesJar(plugins.resolve("b.jar"),
                SecondFixedProvider.class.getName());

        ExtractorRegistry registry = loadFolder();

        assertThat(registry.get("fixed").provider()).isExactlyInstanceOf(FixedProvider.class);
        assertThat(registry.failures()).singleElement().satisfies(failure -> assertThat(
                failure.reason()).contains("duplicate").contains(first.toString())
                .contains(second.toString()));
    }

    @Test
    void explicitRegistryNeedsNoDiscovery() {
        ExtractorRegistry registry = ExtractorRegistry.of(new FixedProvider(), new OtherProvider());

        assertThat(registry.providers()).extracting(RegisteredProvider::name)
                .containsExactly("fixed", "other");
        assertThatThrownBy(() -> registry.get("numbers"))
                .hasMessageContaining("no extractor named 'numbers'")
                .hasMessageContaining("fixed");
    }

    @Test
    void aPluginsPathThatIsNotAFolderIsAClearError() {
        assertThatThrownBy(() -> PluginFolder.open(plugins.resolve("nope"),
                getClass().getClassLoader())).hasMessageContaining("is not a folder");
    }

    @Test
    void aCorruptJarIsAFailureNamingItsPathAndOthersStillLoad() throws Exception {
        TestJars.servicesJar(plugins.resolve("a.jar"), FixedProvider.class.getName());
        Path corrupt = java.nio.file.Files.writeString(plugins.resolve("broken.jar"), "not a zip");

        LoadFailure failure = loadWithOneFailure("fixed");

        assertThat(failure.origin()).isEqualTo(corrupt.toString());
        assertThat(failure.reason()).contains("not a readable jar");
    }

    @Test
    void theSameJarTwiceIsAFailureNamingBothCopies() throws Exception {
        Path first = TestJars.servicesJar(plugins.resolve("a.jar"), FixedProvider.class.getName());
        Path copy = java.nio.file.Files.copy(first, plugins.resolve("a-copy.jar"));

        LoadFailure failure = loadWithOneFailure("fixed");

        assertThat(failure.origin() + " " + failure.reason()).contains(first.toString())
                .contains(copy.toString()).contains("duplicate");
    }
}

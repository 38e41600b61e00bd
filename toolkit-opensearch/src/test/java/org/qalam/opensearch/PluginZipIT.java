package org.qalam.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.Version;
import org.opensearch.bootstrap.JarHell;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;

/**
 * The packaged zip, as {@code opensearch-plugin install} sees it: a descriptor OpenSearch's own
 * parser accepts for this OpenSearch version, no jar hell among its jars and the server's, and a
 * plugin that loads and analyzes from the zip's jars alone, over a class loader holding only the
 * server's jars (no Qalam class from the build).
 */
class PluginZipIT {

    @TempDir
    Path unpacked;

    @Test
    @SuppressWarnings("unchecked")
    void zipInstallsAndLoadsInIsolation() throws Exception {
        Path zip = Path.of(System.getProperty("qalam.plugin.zip", "target/qalam-analysis.zip"));
        assertThat(zip).as("run after package").isRegularFile();
        List<Path> jars = unzip(zip);

        PluginInfo info = PluginInfo.readFromProperties(unpacked);
        assertThat(info.getName()).isEqualTo("qalam-analysis");
        assertThat(info.getClassname()).isEqualTo(QalamAnalysisPlugin.class.getName());
        assertThat(PluginsService.isPluginVersionCompatible(info, Version.CURRENT)).isTrue();
        assertThat(jars).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("toolkit-lucene-")).anyMatch(n -> n.startsWith("toolkit-arabic-"))
                .noneMatch(n -> n.startsWith("lucene-"));

        Set<URL> server = serverJars();
        Set<URL> all = new LinkedHashSet<>(server);
        for (Path jar : jars) {
            all.add(jar.toUri().toURL());
        }
        JarHell.checkJarHell(all, message -> { });

        try (URLClassLoader serverLoader = new URLClassLoader(server.toArray(URL[]::new),
                        ClassLoader.getPlatformClassLoader());
                URLClassLoader pluginLoader = new URLClassLoader(
                        jars.stream().map(PluginZipIT::url).toArray(URL[]::new), serverLoader)) {
            Class<?> plugin = pluginLoader.loadClass(info.getClassname());
            assertThat(plugin.getClassLoader()).isSameAs(pluginLoader);
            Object instance = plugin.getConstructor().newInstance();
            Map<String, ?> tokenizers = (Map<String, ?>) plugin.getMethod("getTokenizers").invoke(instance);
            Map<String, ?> filters = (Map<String, ?>) plugin.getMethod("getTokenFilters").invoke(instance);
            assertThat(tokenizers.keySet()).containsExactly("qalam");
            assertThat(filters.keySet()).containsExactlyInAnyOrder(
                    "qalamFusedSplit", "qalamClitics", "qalamNormalization", "qalamStop");
            Class<?> analyzerClass = pluginLoader.loadClass("org.qalam.lucene.QalamArabicAnalyzer");
            Class<?> luceneAnalyzer = serverLoader.loadClass(Analyzer.class.getName());
            assertThat(luceneAnalyzer.isAssignableFrom(analyzerClass)).isTrue();
            assertThat(terms(serverLoader, analyzerClass.getConstructor().newInstance(), "الولاياتالمتحدةوروسيا"))
                    .containsExactly("ولايات", "متحده", "روسيا");
        }
    }

    /** Analyzes through reflection: the Lucene classes here belong to the isolated server loader. */
    private static List<String> terms(ClassLoader server, Object analyzer, String text) throws Exception {
        Object stream = server.loadClass(Analyzer.class.getName())
                .getMethod("tokenStream", String.class, String.class).invoke(analyzer, "f", text);
        Class<?> streamClass = server.loadClass(TokenStream.class.getName());
        Class<?> termClass = server.loadClass(CharTermAttribute.class.getName());
        Object term = streamClass.getMethod("addAttribute", Class.class).invoke(stream, termClass);
        List<String> terms = new ArrayList<>();
        streamClass.getMethod("reset").invoke(stream);
        while ((Boolean) streamClass.getMethod("incrementToken").invoke(stream)) {
            terms.add(term.toString());
        }
        streamClass.getMethod("end").invoke(stream);
        streamClass.getMethod("close").invoke(stream);
        return terms;
    }

    /** The test class path's jars minus the Qalam modules, SLF4J and test-only engines: OpenSearch's lib folder. */
    private static Set<URL> serverJars() throws IOException {
        Set<URL> urls = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (entry.endsWith(".jar") && !name.startsWith("toolkit-") && !name.startsWith("slf4j-")
                    && !name.startsWith("junit-") && !name.startsWith("jqwik") && !name.startsWith("surefire")
                    && !name.startsWith("assertj") && !name.startsWith("opentest4j")
                    && !name.startsWith("apiguardian") && !name.startsWith("guava")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls;
    }

    private List<Path> unzip(Path zip) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                assertThat(entry.getName()).as("files at the zip's root").doesNotContain("/");
                Path target = unpacked.resolve(entry.getName());
                Files.copy(entries, target);
                if (entry.getName().endsWith(".jar")) {
                    jars.add(target);
                }
            }
        }
        return jars;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.qalam.core.registry;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qalam.core.spi.ExtractorApi;
import org.qalam.core.spi.ExtractorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor providers available to a pipeline, each isolated from the others.
 *
 * <p>{@link #load(ClassLoader)} asks {@link ServiceLoader} for providers one at a time: a services
 * entry naming a missing class, a constructor that throws, or a provider built against another SPI
 * version becomes a {@link LoadFailure} naming the jar it came from, and loading goes on with the
 * next provider. A second provider with a name already taken is refused, naming both origins.
 * Library code that wants no discovery at all uses {@link #of(ExtractorProvider...)}.
 */
public final class ExtractorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractorRegistry.class);
    private static final String SERVICES_FILE =
            "META-INF/services/" + ExtractorProvider.class.getName();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PROVIDER_IN_MESSAGE = Pattern.compile("Provider (\\S+)");
    /** Guards against a ServiceLoader iterator that fails forever on the same entry. */
    private static final int MAX_SERVICE_ERRORS = 1_000;

    private final Map<String, RegisteredProvider> providers;
    private final List<LoadFailure> failures;

    private ExtractorRegistry(Map<String, RegisteredProvider> providers, List<LoadFailure> failures) {
        this.providers = Collections.unmodifiableMap(providers);
        this.failures = List.copyOf(failures);
    }

    /** The providers given, in order; a broken or duplicate one is recorded as a failure. */
    public static ExtractorRegistry of(ExtractorProvider... providers) {
        return of(List.of(providers));
    }

    /** The providers given, in order; a broken or duplicate one is recorded as a failure. */
    public static ExtractorRegistry of(List<? extends ExtractorProvider> providers) {
        Builder builder = new Builder();
        for (ExtractorProvider provider : providers) {
            builder.accept(requireNonNull(provider, "provider"), "explicit");
        }
        return builder.build();
    }

    /** Every provider visible to {@code loader} through {@code META-INF/services}. */
    public static ExtractorRegistry load(ClassLoader loader) {
        return load(loader, new Builder());
    }

    private static ExtractorRegistry load(ClassLoader loader, Builder builder) {
        requireNonNull(loader, "loader");
        Map<String, String> origins = servicesEntryOrigins(loader, builder);
        Iterator<ExtractorProvider> iterator =
                ServiceLoader.load(ExtractorProvider.class, loader).iterator();
        int errors = 0;
        while (errors < MAX_SERVICE_ERRORS) {
            ExtractorProvider provider;
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                provider = iterator.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                errors++;
                String className = providerClassIn(e);
                builder.fail(new LoadFailure(origins.getOrDefault(className, "unknown"),
                        className, describe(e)));
                continue;
            }
            builder.accept(provider, originOf(provider.getClass(), origins));
        }
        return builder.build();
    }

    /**
     * Providers on the class path of the folder's parent loader plus those in its jars; the jars
     * the folder could not open are load failures too.
     */
    public static ExtractorRegistry load(PluginFolder plugins) {
        Builder builder = new Builder();
        plugins.failures().forEach(builder::fail);
        return load(plugins.classLoader(), builder);
    }

    /** Accepted providers in discovery order. */
    public List<RegisteredProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** Providers that could not be accepted, with reasons. */
    public List<LoadFailure> failures() {
        return failures;
    }

    /** The provider called {@code name}, if any. */
    public Optional<RegisteredProvider> find(String name) {
        return Optional.ofNullable(providers.get(name));
    }

    /** The provider called {@code name}; the exception lists the names available. */
    public RegisteredProvider get(String name) {
        RegisteredProvider provider = providers.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("no extractor named '" + name + "'; available: "
                    + providers.keySet());
        }
        return provider;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            reason.append(" <- ").append(root.getClass().getSimpleName()).append(": ")
                    .append(root.getMessage());
        }
        if (e instanceof LinkageError) {
            return "built against an incompatible extractor API (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")";
        }
        return reason.toString();
    }

    private static String providerClassIn(Throwable e) {
        Matcher matcher = PROVIDER_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? matcher.group(1) : "unknown provider";
    }

    /**
     * Maps each provider class named in a services file to the jar or folder holding that file.
     * A class listed by a second jar (the same plugin twice) is a failure naming both: the
     * service loader would load it once and say nothing.
     */
    private static Map<String, String> servicesEntryOrigins(ClassLoader loader, Builder builder) {
        Map<String, String> origins = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(SERVICES_FILE);
            while (files.hasMoreElements()) {
                URL url = files.nextElement();
                String origin = originOf(url);
                for (String className : readServicesFile(url)) {
                    String first = origins.putIfAbsent(className, origin);
                    if (first != null && !first.equals(origin)) {
                        builder.fail(new LoadFailure(origin, className, "duplicate provider: "
                                + className + " is already provided by " + first
                                + "; this copy is ignored"));
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("could not list {} files", SERVICES_FILE, e);
        }
        return origins;
    }

    private static List<String> readServicesFile(URL url) throws IOException {
        List<String> names = new ArrayList<>();
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String originOf(URL servicesFile) {
        try {
            if ("jar".equals(servicesFile.getProtocol())) {
                URLConnection connection = servicesFile.openConnection();
                if (connection instanceof JarURLConnection jar) {
                    return pathOf(jar.getJarFileURL());
                }
            }
            String path = pathOf(servicesFile);
            return path.endsWith(SERVICES_FILE)
                    ? path.substring(0, path.length() - SERVICES_FILE.length()) : path;
        } catch (IOException e) {
            return servicesFile.toString();
        }
    }

    private static String originOf(Class<?> type, Map<String, String> origins) {
        String fromServices = origins.get(type.getName());
        if (fromServices != null) {
            return fromServices;
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null
                ? "unknown" : pathOf(source.getLocation());
    }

    private static String pathOf(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.toString();
        }
    }

    /** Collects accepted providers and failures, enforcing unique valid names. */
    private static final class Builder {
        private final Map<String, RegisteredProvider> accepted = new LinkedHashMap<>();
        private final List<LoadFailure> failures = new ArrayList<>();

        void accept(ExtractorProvider provider, String origin) {
            String className = provider.getClass().getName();
            String name;
            try {
                name = provider.name();
                int api = provider.apiVersion();
                if (api != ExtractorApi.VERSION) {
                    fail(new LoadFailure(origin, className, "built against extractor API v" + api
                            + ", this toolkit implements v" + ExtractorApi.VERSION));
                    return;
                }
                if (name == null || !NAME.matcher(name).matches()) {
                    fail(new LoadFailure(origin, className, "invalid name '" + name
                            + "': use lower-case letters, digits and '-'"));
                    return;
                }
                if (provider.writes() == null || provider.emits() == null
                        || provider.requires() == null || provider.configKeys() == null) {
                    fail(new LoadFailure(origin, className,
                            "requires(), writes(), emits() and configKeys() must not return null"));
                    return;
                }
            } catch (RuntimeException | LinkageError e) {
                fail(new LoadFailure(origin, className, describe(e)));
                return;
            }
            RegisteredProvider existing = accepted.get(name);
            if (existing != null) {
                fail(new LoadFailure(origin, className, "duplicate extractor name '" + name
                        + "': already provided by " + existing.provider().getClass().getName()
                        + " from " + existing.origin() + "; this one from " + origin
                        + " is ignored"));
                return;
            }
            accepted.put(name, new RegisteredProvider(provider, origin));
        }

        void fail(LoadFailure failure) {
            LOG.debug("extractor provider not loaded: {}", failure);
            failures.add(failure);
        }

        ExtractorRegistry build() {
            return new ExtractorRegistry(new LinkedHashMap<>(accepted), failures);
        }
    }
}

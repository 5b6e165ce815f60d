package dev.rhoaikrm.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The schema files vendored under {@code dev/rhoaikrm/testsupport/schemas/}, found on the classpath
 * (target/classes in a reactor build, the installed jar otherwise), never in /work/shared: a fresh
 * clone has no shared folder.
 */
final class ShippedSchemas {
    static final String BASE = "dev/rhoaikrm/testsupport/schemas/";

    private ShippedSchemas() {
    }

    /** validate.py's lookup: {@code group/version} or core {@code v1} -> {@code <group>/<kind>_<version>.json}. */
    static String resourceFor(String apiVersion, String kind) {
        int slash = apiVersion.lastIndexOf('/');
        String group = slash < 0 ? "core" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        return BASE + group + "/" + kind.toLowerCase(Locale.ROOT) + "_" + version + ".json";
    }

    /** Groups whose CRD is vendored per RHOAI release, under {@code <group>/releases/<release>/}. */
    static final Set<String> PER_RELEASE = Set.of("datasciencecluster.opendatahub.io", "dscinitialization.opendatahub.io");

    /** As {@link #resourceFor(String, String)}, but a release's own file for the groups vendored per release. */
    static String resourceFor(String release, String apiVersion, String kind) {
        String resource = resourceFor(apiVersion, kind);
        int slash = apiVersion.lastIndexOf('/');
        if (release == null || slash < 0 || !PER_RELEASE.contains(apiVersion.substring(0, slash))) {
            return resource;
        }
        String group = apiVersion.substring(0, slash);
        return BASE + group + "/releases/" + release + resource.substring((BASE + group).length());
    }

    /** The RHOAI releases with vendored DataScienceCluster schemas, e.g. {@code 2.16}, {@code 3.5}. */
    static Set<String> releases() {
        Set<String> r = releases;
        if (r == null) { // a race only lists the files twice
            releases = r = Collections.unmodifiableSortedSet(listReleases());
        }
        return r;
    }

    private static volatile Set<String> releases;

    private static TreeSet<String> listReleases() {
        TreeSet<String> out = new TreeSet<>();
        for (String rel : relativeFiles()) {
            String prefix = "datasciencecluster.opendatahub.io/releases/";
            if (rel.startsWith(prefix)) {
                out.add(rel.substring(prefix.length(), rel.indexOf('/', prefix.length())));
            }
        }
        return out;
    }

    static InputStream open(String resource) {
        return ShippedSchemas.class.getClassLoader().getResourceAsStream(resource);
    }

    /** {@code <apiVersion> <kind in lower case>} for every vendored file, e.g. {@code apps/v1 deployment}. */
    static Set<String> list() {
        Set<String> out = new TreeSet<>();
        for (String rel : relativeFiles()) {
            int slash = rel.lastIndexOf('/');
            int us = rel.lastIndexOf('_');
            if (slash < 0 || us < slash || !rel.endsWith(".json") || rel.contains("/releases/")) {
                continue; // a release's own DataScienceCluster/DSCInitialization is looked up by release
            }
            String group = rel.substring(0, slash);
            String version = rel.substring(us + 1, rel.length() - ".json".length());
            String apiVersion = group.equals("core") ? version : group + "/" + version;
            out.add(apiVersion + " " + rel.substring(slash + 1, us));
        }
        return out;
    }

    /** Every vendored schema file, relative to BASE: the kinds' and every release's own. */
    static Set<String> files() {
        Set<String> out = new TreeSet<>(relativeFiles());
        out.removeIf(f -> !f.endsWith(".json"));
        return out;
    }

    /** Paths relative to BASE; a directory or a jar depending on how the module is on the classpath. */
    private static Set<String> relativeFiles() {
        URL anchor = ShippedSchemas.class.getClassLoader().getResource(BASE + "SOURCES.md");
        if (anchor == null) {
            throw new IllegalStateException("vendored schemas not on the classpath: " + BASE);
        }
        Set<String> out = new TreeSet<>();
        try {
            URLConnection c = anchor.openConnection();
            if (c instanceof JarURLConnection jar) {
                jar.setUseCaches(false); // so closing this JarFile cannot close one the class loader shares
                try (var file = jar.getJarFile()) {
                    file.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(BASE) && !n.endsWith("/"))
                            .forEach(n -> out.add(n.substring(BASE.length())));
                }
            } else {
                Path dir = Path.of(anchor.toURI()).getParent();
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile)
                            .forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}

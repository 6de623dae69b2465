package org.carenetwork.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one package layout of the domain services, checked on a service's main sources: under its
 * base package, {@code api} (the records that cross the wire), {@code rest} (resources),
 * {@code service} (use cases, transactions, storage), {@code domain} (types and rules, no I/O),
 * {@code client} and {@code config}. Dependencies point one way: rest may use anything; service
 * never rest; api and domain neither rest nor service; domain not api. {@link #violations} lists
 * each import that points the wrong way.
 */
public final class PackageLayout {

    /** Layer → the layers it must not import. */
    private static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "service", Set.of("rest"),
            "client", Set.of("rest"),
            "api", Set.of("rest", "service"),
            "domain", Set.of("rest", "service", "api"),
            "config", Set.of("rest"));
    private static final Set<String> LAYERS = Set.of("api", "rest", "service", "domain", "client", "config");

    private PackageLayout() {
    }

    /**
     * @param sources      the service's {@code src/main/java}
     * @param basePackage  e.g. {@code org.carenetwork.facility}
     */
    public static List<String> violations(Path sources, String basePackage) {
        Path base = sources.resolve(basePackage.replace('.', '/'));
        Pattern imports = Pattern.compile("^import (?:static )?" + Pattern.quote(basePackage) + "\\.(\\w+)\\.", Pattern.MULTILINE);
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = base.relativize(file);
                if (relative.getNameCount() < 2) {
                    violations.add(relative + ": a class at the base package; it belongs to one of " + LAYERS);
                    continue;
                }
                String layer = relative.getName(0).toString();
                if (!LAYERS.contains(layer)) {
                    violations.add(relative + ": package " + layer + " is not one of " + LAYERS);
                    continue;
                }
                Matcher m = imports.matcher(Files.readString(file));
                while (m.find()) {
                    if (FORBIDDEN.getOrDefault(layer, Set.of()).contains(m.group(1))) {
                        violations.add(relative + " (" + layer + ") imports " + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }
}

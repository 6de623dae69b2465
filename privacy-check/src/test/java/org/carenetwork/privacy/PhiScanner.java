package org.carenetwork.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the PHI values tests recorded (each module's {@code target/phi-sent.txt}) in the log
 * files a test run leaves behind. Matching ignores case and also looks at URL-decoded lines, so
 * an email in a query string is found too. A hit names the file, the line and the value's length,
 * never the value, so a failure report does not copy the PHI somewhere else.
 */
final class PhiScanner {

    /** test-support's TestPhi.LEDGER. */
    static final String LEDGER = "phi-sent.txt";
    /** Shorter values could match by chance; every value TestPhi makes is longer. */
    static final int MIN_LENGTH = 6;

    private static final Set<String> SKIPPED_DIRS = Set.of("classes", "test-classes", "quarkus-app", "quarkus",
            "generated-sources", "generated-test-sources", "maven-status", "maven-archiver", "images", "lib",
            "surefire");

    record Hit(Path file, long line, int valueLength, String ledger) {
    }

    record Result(List<Hit> hits, int files, long lines, long bytes) {
    }

    private final Map<String, List<String>> byPrefix = new HashMap<>();
    private final Map<String, String> ledgerOf = new HashMap<>();

    /** @param values value → the ledger it came from */
    PhiScanner(Map<String, String> values) {
        values.forEach((value, ledger) -> {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.length() >= MIN_LENGTH && ledgerOf.putIfAbsent(v, ledger) == null) {
                byPrefix.computeIfAbsent(v.substring(0, MIN_LENGTH), k -> new ArrayList<>()).add(v);
            }
        });
    }

    int size() {
        return ledgerOf.size();
    }

    Result scan(Collection<Path> files) throws IOException {
        List<Hit> hits = new ArrayList<>();
        long lines = 0;
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            // ISO-8859-1 reads any byte; every recorded value is ASCII.
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                String line;
                long n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    String lower = line.toLowerCase(Locale.ROOT);
                    String found = find(lower);
                    if (found == null && lower.indexOf('%') >= 0) {
                        found = find(urlDecoded(lower));
                    }
                    if (found != null) {
                        hits.add(new Hit(file, n, found.length(), ledgerOf.get(found)));
                    }
                }
                lines += n;
            }
        }
        return new Result(hits, files.size(), lines, bytes);
    }

    private String find(String lower) {
        for (int i = 0; i + MIN_LENGTH <= lower.length(); i++) {
            List<String> candidates = byPrefix.get(lower.substring(i, i + MIN_LENGTH));
            if (candidates != null) {
                for (String c : candidates) {
                    if (lower.startsWith(c, i)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static String urlDecoded(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return s;
        }
    }

    // ---- where ledgers and logs are -----------------------------------------------------------

    static Path repoRoot() {
        String root = System.getProperty("carenet.repo.root");
        return (root != null ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** Every module directory (one with a pom.xml) of the build below the root, the root excluded. */
    static List<Path> modules(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root, 3)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("pom.xml")) && !p.equals(root))
                    .filter(p -> {
                        String rel = root.relativize(p).toString();
                        return !rel.startsWith(".") && !rel.contains("target") && !rel.contains("node_modules");
                    })
                    .sorted().toList();
        }
    }

    /** The values in every module's ledger: value → ledger (relative to the root). */
    static Map<String, String> ledgers(Path root, List<Path> modules) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Path m : modules) {
            Path ledger = m.resolve("target").resolve(LEDGER);
            if (Files.isRegularFile(ledger)) {
                for (String v : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
                    if (!v.isBlank()) {
                        values.putIfAbsent(v.trim(), root.relativize(ledger).toString());
                    }
                }
            }
        }
        return values;
    }

    /**
     * The logs under a module's target directory: every {@code *.log} (service log files, the logs
     * of service processes the tests started) and everything surefire and failsafe wrote (reports,
     * each test class's output, JVM dumps).
     */
    static List<Path> logs(Path module) throws IOException {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        walk(target, false, found);
        return found;
    }

    private static void walk(Path dir, boolean inReports, List<Path> found) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    if (!SKIPPED_DIRS.contains(name)) {
                        walk(p, inReports || name.equals("surefire-reports") || name.equals("failsafe-reports"), found);
                    }
                } else if (!name.equals(LEDGER) && (name.endsWith(".log") || inReports && (name.endsWith(".txt")
                        || name.endsWith(".xml") || name.endsWith(".dump") || name.endsWith(".dumpstream")))) {
                    found.add(p);
                }
            }
        }
    }

    /** The server log of the tests' PostgreSQL cluster (deploy/local/pg.sh), when it can be found and read. */
    static List<Path> postgresLog(Path root) {
        try {
            Process p = new ProcessBuilder(root.resolve("deploy/local/pg.sh").toString(), "status")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            int at = out.indexOf("(data: ");
            if (at < 0) {
                return List.of();
            }
            Path data = Path.of(out.substring(at + 7, out.indexOf(')', at)).trim());
            Path log = data.getParent().resolve("server.log");
            return Files.isReadable(log) ? List.of(log) : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    static Set<String> distinctLedgers(Map<String, String> values) {
        return new LinkedHashSet<>(values.values());
    }
}

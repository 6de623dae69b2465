package org.carenetwork.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * API keys that can be added (or revoked) while the gateway runs: the file named by
 * {@code gateway.api-keys.file}, in the same lines as the configuration
 * ({@code gateway.api-keys.clients.<name>.sha256=...}, {@code .roles=...}; {@code deploy/local/apikey.sh
 * --local} appends them), read again whenever its size or modification time changes, looked at no
 * more than once a second. In Kubernetes the file is the mounted api-keys Secret, which the kubelet
 * updates in place: a key minted for someone trying the API works a second later, with no edit of
 * the gateway's configuration and no restart. A line that is not a client's hash or roles is
 * skipped with a warning naming its key (never its value); a file that cannot be read keeps the
 * keys read last.
 */
@ApplicationScoped
public class ApiKeyFile {

    private static final Logger LOG = Logger.getLogger(ApiKeyFile.class);
    private static final Pattern LINE = Pattern.compile("gateway\\.api-keys\\.clients\\.([a-z0-9][a-z0-9-]{1,40})\\.(sha256|roles)");
    private static final Set<String> ROLES = Set.of("CALL_CENTER", "ADMISSIONS", "PARTNER", "ADMIN");
    private static final long LOOK_EVERY_NANOS = 1_000_000_000L;

    /** One client of the file: its key's hash and roles. */
    public record Client(byte[] sha256, Set<String> roles) {
    }

    @jakarta.inject.Inject
    ApiKeys config;

    private volatile Map<String, Client> clients = Map.of();
    private volatile long lookedAt = Long.MIN_VALUE;
    private volatile String seen = "";

    /** The file's clients, as of at most a second ago. */
    public Map<String, Client> clients() {
        Optional<String> file = config.file();
        if (file.isEmpty() || file.get().isBlank()) {
            return Map.of();
        }
        long now = System.nanoTime();
        if (lookedAt == Long.MIN_VALUE || now - lookedAt >= LOOK_EVERY_NANOS) {
            synchronized (this) {
                if (lookedAt == Long.MIN_VALUE || now - lookedAt >= LOOK_EVERY_NANOS) {
                    reloadIfChanged(Path.of(file.get()));
                    lookedAt = now;
                }
            }
        }
        return clients;
    }

    private void reloadIfChanged(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            String version = attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
            if (version.equals(seen)) {
                return;
            }
            Properties lines = new Properties();
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                lines.load(in);
            }
            clients = parse(lines);
            seen = version;
            LOG.infof("API keys file read: %d clients", clients.size());
        } catch (NoSuchFileException e) {
            if (!clients.isEmpty() || !seen.equals("absent")) {
                LOG.infof("API keys file %s is absent: no keys from it", path);
            }
            clients = Map.of();
            seen = "absent";
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("API keys file %s could not be read (%s); keeping the keys read before", path, e.getClass().getSimpleName());
        }
    }

    static Map<String, Client> parse(Properties lines) {
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (String key : lines.stringPropertyNames()) {
            Matcher m = LINE.matcher(key.trim());
            String value = lines.getProperty(key).trim();
            if (!m.matches()) {
                LOG.warnf("API keys file: skipped the line for %s", key.length() > 80 ? key.substring(0, 80) : key);
            } else if (m.group(2).equals("sha256")) {
                hashes.put(m.group(1), value.toLowerCase());
            } else {
                Set<String> named = new LinkedHashSet<>(Arrays.stream(value.split(",")).map(String::trim).toList());
                roles.put(m.group(1), named);
            }
        }
        Map<String, Client> clients = new LinkedHashMap<>();
        hashes.forEach((name, hash) -> {
            Set<String> granted = roles.getOrDefault(name, Set.of());
            if (!hash.matches("[0-9a-f]{64}") || granted.isEmpty() || !ROLES.containsAll(granted)) {
                LOG.warnf("API keys file: skipped client %s (a SHA-256 hex hash and known roles are needed)", name);
            } else {
                clients.put(name, new Client(HexFormat.of().parseHex(hash), Set.copyOf(granted)));
            }
        });
        return Map.copyOf(clients);
    }
}

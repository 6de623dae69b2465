package org.carenetwork.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a Kustomize directory with kubectl and parses every object it prints. */
final class Rendered {

    static final YAMLMapper YAML = new YAMLMapper();

    static Path repoRoot() {
        String root = System.getProperty("carenet.repo.root");
        Path p = root != null ? Path.of(root) : Path.of("../..");
        return p.toAbsolutePath().normalize();
    }

    static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) return configured;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) return Path.of(dir, "kubectl").toString();
        }
        throw new IllegalStateException("kubectl is not on PATH: these checks render deploy/k8s with "
                + "`kubectl kustomize`. Install kubectl (Debian: apt-get install kubectl, from the "
                + "Kubernetes apt repository) or set KUBECTL to its path.");
    }

    static List<JsonNode> kustomize(String overlay) throws IOException, InterruptedException {
        Path dir = repoRoot().resolve(overlay);
        Process p = new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                .redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed: " + err);
        }
        return parseAll(new String(out, StandardCharsets.UTF_8));
    }

    static List<JsonNode> parseAll(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull() && !n.isMissingNode()) docs.add(n);
            }
        }
        return docs;
    }

    private Rendered() {
    }
}

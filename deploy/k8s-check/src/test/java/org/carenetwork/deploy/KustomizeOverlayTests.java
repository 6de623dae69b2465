package org.carenetwork.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders both overlays offline and checks what no cluster is here to check: the shape of every
 * object, and the platform's rules (probes, limits, non-root, network isolation, autoscaling,
 * disruption budgets, secrets only by reference, PostgreSQL through CloudNativePG).
 */
class KustomizeOverlayTests {

    static final Map<String, Integer> SERVICES = Map.of("gateway", 8080, "facility-service", 8081,
            "assessment-service", 8082, "insurance-service", 8083, "referral-service", 8084);
    static final Set<String> DOMAIN = Set.of("facility-service", "assessment-service", "insurance-service", "referral-service");
    static final Map<String, String> DATABASE = Map.of("facility-service", "facility-db", "assessment-service", "assessment-db",
            "insurance-service", "insurance-db", "referral-service", "referral-db");
    /** Who calls whom inside the namespace: exactly these pairs, no other. */
    static final Map<String, Set<String>> CALLS = Map.of(
            "gateway", Set.of("facility-service", "assessment-service", "insurance-service", "referral-service"),
            "insurance-service", Set.of("facility-service"),
            "referral-service", Set.of("facility-service", "insurance-service"));
    /** Never reachable from referral-service's webhook egress: the cluster's own ranges, the cloud metadata address. */
    static final Set<String> PRIVATE_RANGES = Set.of(
            "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10");

    /** Required fields per kind: a structural check standing in for a schema validator (none installs offline here). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("apps/v1/Deployment", List.of("/spec/selector/matchLabels", "/spec/template/spec/containers/0/image")),
            Map.entry("v1/Service", List.of("/spec/selector", "/spec/ports/0/port")),
            Map.entry("v1/ConfigMap", List.of("/data")),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", List.of("/spec/scaleTargetRef/name", "/spec/maxReplicas", "/spec/minReplicas", "/spec/metrics/0/type")),
            Map.entry("policy/v1/PodDisruptionBudget", List.of("/spec/selector/matchLabels")),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", List.of("/spec/podSelector", "/spec/policyTypes/0")),
            Map.entry("networking.k8s.io/v1/Ingress", List.of("/spec/ingressClassName", "/spec/rules/0/http/paths/0/backend/service/name", "/spec/tls/0/secretName")),
            Map.entry("postgresql.cnpg.io/v1/Cluster", List.of("/spec/instances", "/spec/storage/size", "/spec/bootstrap/initdb/database", "/spec/bootstrap/initdb/owner")),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", List.of("/spec/schedule", "/spec/cluster/name")));

    static List<JsonNode> render(String overlay) throws Exception {
        return Rendered.kustomize("deploy/k8s/overlays/" + overlay);
    }

    static Stream<JsonNode> ofKind(List<JsonNode> objs, String kind) {
        return objs.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    static JsonNode named(List<JsonNode> objs, String kind, String name) {
        return ofKind(objs, kind).filter(o -> name.equals(o.at("/metadata/name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObject_isAKnownKindWithItsRequiredFields_inTheOverlaysNamespace(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        String ns = overlay.equals("prod") ? "carenet" : "carenet-dev";
        for (JsonNode o : objs) {
            String key = o.path("apiVersion").asText() + "/" + o.path("kind").asText();
            String id = key + " " + o.at("/metadata/name").asText();
            assertTrue(REQUIRED.containsKey(key) || key.equals("v1/Secret"), "unexpected kind " + id);
            assertTrue(o.at("/metadata/name").asText().matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"), "name of " + id);
            assertEquals(ns, o.at("/metadata/namespace").asText(), "namespace of " + id);
            for (String path : REQUIRED.getOrDefault(key, List.of())) {
                assertFalse(o.at(path).isMissingNode() || o.at(path).isNull(), id + " lacks " + path);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyService_hasDeploymentServiceHpaAndPdb(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        for (String svc : SERVICES.keySet()) {
            JsonNode d = named(objs, "Deployment", svc);
            assertTrue(d.at("/spec/replicas").isMissingNode(), svc + ": the HPA owns the replica count");
            JsonNode s = named(objs, "Service", svc);
            assertEquals("ClusterIP", s.at("/spec/type").asText(), svc + " Service type");
            assertEquals(SERVICES.get(svc), s.at("/spec/ports/0/port").asInt());
            assertEquals(svc, s.at("/spec/selector/app.kubernetes.io~1name").asText());
            JsonNode hpa = named(objs, "HorizontalPodAutoscaler", svc);
            assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
            assertEquals(svc, hpa.at("/spec/scaleTargetRef/name").asText());
            int min = hpa.at("/spec/minReplicas").asInt();
            assertTrue(min >= (overlay.equals("prod") ? 3 : 1) && hpa.at("/spec/maxReplicas").asInt() > min, svc + " HPA bounds");
            JsonNode pdb = named(objs, "PodDisruptionBudget", svc);
            assertEquals(svc, pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
        }
        assertEquals(SERVICES.size(), ofKind(objs, "Deployment").count(), "one Deployment per service, no other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainer_hasProbesLimitsAndRunsAsNonRootOnAReadOnlyFilesystem(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        for (JsonNode d : ofKind(objs, "Deployment").toList()) {
            String name = d.at("/metadata/name").asText();
            JsonNode pod = d.at("/spec/template/spec");
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name + " pod runAsNonRoot");
            assertTrue(pod.at("/securityContext/runAsUser").asInt() > 0, name + " pod runAsUser non-zero");
            assertFalse(pod.at("/automountServiceAccountToken").asBoolean(true), name + " needs no API token");
            for (JsonNode c : pod.path("containers")) {
                String where = name + "/" + c.path("name").asText();
                assertProbe(c, "startupProbe", "/q/health/started", where);
                assertProbe(c, "livenessProbe", "/q/health/live", where);
                assertProbe(c, "readinessProbe", "/q/health/ready", where);
                for (String r : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                    assertFalse(c.at("/resources/" + r).asText().isBlank(), where + " resources." + r.replace('/', '.'));
                }
                JsonNode sc = c.path("securityContext");
                assertTrue(sc.path("runAsNonRoot").asBoolean(), where + " runAsNonRoot");
                assertTrue(sc.path("runAsUser").asInt(pod.at("/securityContext/runAsUser").asInt()) > 0, where + " user");
                assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(), where + " readOnlyRootFilesystem");
                assertFalse(sc.path("allowPrivilegeEscalation").asBoolean(true), where + " allowPrivilegeEscalation");
                assertTrue(sc.at("/capabilities/drop").toString().contains("ALL"), where + " drops all capabilities");
                String image = c.path("image").asText();
                assertFalse(image.endsWith(":latest") || !image.contains(":"), where + " image must be tagged: " + image);
                assertEquals(SERVICES.get(name), c.at("/ports/0/containerPort").asInt(), where + " port");
            }
        }
    }

    private static void assertProbe(JsonNode c, String probe, String path, String where) {
        JsonNode p = c.path(probe);
        assertEquals(path, p.at("/httpGet/path").asText(), where + " " + probe + " path");
        assertFalse(p.at("/httpGet/port").isMissingNode(), where + " " + probe + " port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGateway_isExposed(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        List<JsonNode> ingresses = ofKind(objs, "Ingress").toList();
        assertEquals(1, ingresses.size());
        Set<String> backends = new HashSet<>();
        for (JsonNode rule : ingresses.get(0).at("/spec/rules")) {
            for (JsonNode path : rule.at("/http/paths")) backends.add(path.at("/backend/service/name").asText());
        }
        assertEquals(Set.of("gateway"), backends);
        for (JsonNode s : ofKind(objs, "Service").toList()) {
            assertEquals("ClusterIP", s.at("/spec/type").asText("ClusterIP"), "no NodePort/LoadBalancer: " + s.at("/metadata/name"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPolicies_letDomainServicesBeReachedOnlyByTheirCallers_andTheMonitoringNamespace(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        List<JsonNode> policies = ofKind(objs, "NetworkPolicy").toList();
        assertTrue(policies.stream().anyMatch(p -> p.at("/spec/podSelector").isEmpty()
                        && p.at("/spec/policyTypes").toString().contains("Ingress") && p.at("/spec/ingress").isMissingNode()),
                "a default-deny ingress policy for the whole namespace");
        for (String svc : DOMAIN) {
            Set<String> podPeers = new HashSet<>();
            Set<String> nsPeers = new HashSet<>();
            for (JsonNode p : policiesSelecting(policies, svc)) {
                for (JsonNode rule : p.at("/spec/ingress")) {
                    assertFalse(rule.path("from").isMissingNode() || rule.path("from").isEmpty(), svc + ": an ingress rule open to all");
                    for (JsonNode peer : rule.path("from")) {
                        assertTrue(peer.path("ipBlock").isMissingNode(), svc + ": no ipBlock peers");
                        if (peer.has("namespaceSelector")) nsPeers.add(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
                        else podPeers.add(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
                    }
                }
            }
            Set<String> expected = CALLS.entrySet().stream().filter(c -> c.getValue().contains(svc))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertEquals(expected, podPeers, svc + " is reachable from exactly these pods");
            assertEquals(Set.of("monitoring"), nsPeers, svc + ": only Prometheus from outside the namespace");
        }
        // Egress: DNS for every application pod, and each domain service to its own database.
        assertTrue(policies.stream().anyMatch(p -> p.at("/spec/podSelector/matchLabels/app.kubernetes.io~1part-of").asText().equals("carenet")
                && p.at("/spec/egress").toString().contains("\"port\":53")), "DNS egress for the application pods");
        for (String svc : DOMAIN) {
            String db = DATABASE.get(svc);
            assertTrue(policiesSelecting(policies, svc).stream().anyMatch(p -> p.at("/spec/egress").toString().contains("\"cnpg.io/cluster\":\"" + db + "\"")
                    && p.at("/spec/egress").toString().contains("5432")), svc + " may reach " + db + ":5432");
        }
        // Each caller may reach each service it calls, on that service's port.
        for (var call : CALLS.entrySet()) {
            for (String callee : call.getValue()) {
                assertTrue(policiesSelecting(policies, call.getKey()).stream().anyMatch(p -> {
                    for (JsonNode rule : p.at("/spec/egress")) {
                        String r = rule.toString();
                        if (r.contains("\"app.kubernetes.io/name\":\"" + callee + "\"") && r.contains("\"port\":" + SERVICES.get(callee))) return true;
                    }
                    return false;
                }), call.getKey() + " may reach " + callee + ":" + SERVICES.get(callee));
            }
        }
        // Every pod template carries the label the DNS/default-deny egress policy selects.
        ofKind(objs, "Deployment").forEach(d -> assertEquals("carenet",
                d.at("/spec/template/metadata/labels/app.kubernetes.io~1part-of").asText(), d.at("/metadata/name") + " pod label"));
    }

    private static List<JsonNode> policiesSelecting(List<JsonNode> policies, String app) {
        return policies.stream().filter(p -> app.equals(p.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText())).toList();
    }

    /** The policies whose podSelector matches these pod labels (matchLabels only; {} matches every pod). */
    private static List<JsonNode> policiesApplyingTo(List<JsonNode> policies, JsonNode podLabels) {
        return policies.stream().filter(p -> {
            assertTrue(p.at("/spec/podSelector/matchExpressions").isMissingNode(), "matchExpressions are not checked here: " + p.at("/metadata/name"));
            var wanted = p.at("/spec/podSelector/matchLabels").fields();
            while (wanted.hasNext()) {
                var l = wanted.next();
                if (!l.getValue().asText().equals(podLabels.path(l.getKey()).asText(null))) return false;
            }
            return true;
        }).toList();
    }

    /**
     * referral-service posts webhooks to URLs partners choose. Its only way out of the namespace,
     * besides DNS, is TCP 443 to public IPv4 addresses: never the private ranges, link-local (the
     * cloud metadata address), carrier-grade NAT, nor any other port. No other pod reaches an ipBlock.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void referralService_reachesTheInternetOnlyOn443_andNeverAPrivateRange(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        List<JsonNode> policies = ofKind(objs, "NetworkPolicy").toList();
        for (JsonNode d : ofKind(objs, "Deployment").toList()) {
            String name = d.at("/metadata/name").asText();
            List<JsonNode> applying = policiesApplyingTo(policies, d.at("/spec/template/metadata/labels"));
            assertTrue(applying.stream().anyMatch(p -> p.at("/spec/policyTypes").toString().contains("\"Egress\"")),
                    name + ": its egress is restricted by some policy");
            int internetRules = 0;
            for (JsonNode p : applying) {
                if (!p.at("/spec/policyTypes").toString().contains("\"Egress\"")) continue;
                for (JsonNode rule : p.at("/spec/egress")) {
                    String where = name + " egress rule of " + p.at("/metadata/name").asText() + " " + rule;
                    assertFalse(rule.path("to").isMissingNode() || rule.path("to").isEmpty(), where + ": open to every destination");
                    assertFalse(rule.path("ports").isMissingNode() || rule.path("ports").isEmpty(), where + ": open on every port");
                    boolean ipBlock = false;
                    for (JsonNode peer : rule.path("to")) {
                        if (!peer.has("ipBlock")) continue;
                        ipBlock = true;
                        assertEquals("referral-service", name, where + ": only referral-service reaches addresses outside the cluster");
                        assertEquals("0.0.0.0/0", peer.at("/ipBlock/cidr").asText(), where + ": cidr");
                        Set<String> except = new HashSet<>();
                        peer.at("/ipBlock/except").forEach(e -> except.add(e.asText()));
                        assertEquals(PRIVATE_RANGES, except, where + ": the private, link-local and CGNAT ranges are excluded");
                    }
                    if (ipBlock) {
                        internetRules++;
                        assertEquals(1, rule.path("to").size(), where + ": the internet rule has the ipBlock as its only peer");
                        assertEquals(1, rule.path("ports").size(), where + ": one port");
                        JsonNode port = rule.path("ports").get(0);
                        assertEquals("TCP", port.path("protocol").asText("TCP"), where + ": TCP");
                        assertEquals(443, port.path("port").asInt(), where + ": port 443 (https)");
                        assertTrue(port.path("endPort").isMissingNode(), where + ": no port range");
                    }
                }
            }
            assertEquals(name.equals("referral-service") ? 1 : 0, internetRules, name + ": rules to the internet");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secrets_areOnlyReferenced_andDatabaseCredentialsComeFromTheOperator(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        for (JsonNode s : ofKind(objs, "Secret").toList()) {
            assertTrue(s.path("data").isMissingNode() && s.path("stringData").isMissingNode(),
                    "a Secret with a literal value is rendered: " + s.at("/metadata/name"));
        }
        for (JsonNode d : ofKind(objs, "Deployment").toList()) {
            String name = d.at("/metadata/name").asText();
            for (JsonNode e : d.at("/spec/template/spec/containers/0/env")) {
                String var = e.path("name").asText();
                if (var.matches(".*(PASSWORD|SECRET|KEYS?_|TOKEN|PRIVATE).*")) {
                    assertTrue(e.path("value").isMissingNode(), name + ": " + var + " must come from a Secret");
                    assertFalse(e.at("/valueFrom/secretKeyRef/name").asText().isBlank(), name + ": " + var + " secretKeyRef");
                }
            }
            if (DOMAIN.contains(name)) {
                for (String var : List.of("DB_USER", "DB_PASSWORD")) {
                    String from = "";
                    for (JsonNode e : d.at("/spec/template/spec/containers/0/env")) {
                        if (var.equals(e.path("name").asText())) from = e.at("/valueFrom/secretKeyRef/name").asText();
                    }
                    assertEquals(DATABASE.get(name) + "-app", from, name + " " + var + " from the operator's Secret");
                }
            }
        }
        for (String svc : List.of("assessment-service", "insurance-service", "referral-service")) {
            String envFrom = named(objs, "Deployment", svc).at("/spec/template/spec/containers/0/envFrom").toString();
            assertTrue(envFrom.contains("\"secretRef\":{\"name\":\"" + svc.replace("-service", "") + "-encryption\"}"), svc + " encryption keys from a Secret");
        }
        for (JsonNode cm : ofKind(objs, "ConfigMap").toList()) {
            cm.path("data").fieldNames().forEachRemaining(k -> assertFalse(
                    k.matches(".*(PASSWORD|SECRET|ENCRYPTION_KEYS|PRIVATE).*"), "secret-looking key in ConfigMap " + cm.at("/metadata/name") + ": " + k));
        }
    }

    @Test
    void noSecretWithAValue_isCommittedAnywhereUnderDeploy() throws IOException {
        Path deploy = Rendered.repoRoot().resolve("deploy");
        List<Path> yamls;
        try (Stream<Path> files = Files.walk(deploy)) {
            yamls = files.filter(p -> p.toString().matches(".*\\.ya?ml$") && !p.toString().contains("/target/")).toList();
        }
        List<String> offenders = new ArrayList<>();
        for (Path y : yamls) {
            for (JsonNode o : Rendered.parseAll(Files.readString(y))) {
                if ("Secret".equals(o.path("kind").asText()) && (o.has("data") || o.has("stringData"))) offenders.add(y.toString());
                if (o.has("secretGenerator")) offenders.add(y + " (secretGenerator)");
            }
        }
        assertEquals(List.of(), offenders);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void postgres_isOneCloudNativePgClusterPerService_withTheExtensions_andBackupsAndReplicasInProd(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        boolean prod = overlay.equals("prod");
        assertEquals(0, ofKind(objs, "StatefulSet").count(), "no home-made StatefulSet");
        for (String svc : DOMAIN) {
            JsonNode c = named(objs, "Cluster", DATABASE.get(svc));
            String db = svc.replace("-service", "");
            assertEquals(db, c.at("/spec/bootstrap/initdb/database").asText());
            String sql = c.at("/spec/bootstrap/initdb/postInitApplicationSQL").toString();
            for (String ext : List.of("cube", "earthdistance", "pg_trgm", "unaccent")) {
                assertTrue(sql.contains("CREATE EXTENSION IF NOT EXISTS " + ext), c.at("/metadata/name") + " creates " + ext);
            }
            assertTrue(sql.indexOf(" cube") < sql.indexOf(" earthdistance"), "earthdistance depends on cube");
            assertFalse(c.at("/spec/enableSuperuserAccess").asBoolean(true), "no superuser Secret for applications");
            int instances = c.at("/spec/instances").asInt();
            if (prod) {
                assertTrue(instances >= 2, c.at("/metadata/name") + ": a replica in prod");
                assertFalse(c.at("/spec/backup/barmanObjectStore/destinationPath").asText().isBlank(), "prod backups");
                assertFalse(c.at("/spec/backup/barmanObjectStore/s3Credentials/secretAccessKey/name").asText().isBlank(), "backup credentials by reference");
                assertFalse(c.at("/spec/backup/retentionPolicy").asText().isBlank(), "backup retention");
                assertTrue(ofKind(objs, "ScheduledBackup").anyMatch(b -> DATABASE.get(svc).equals(b.at("/spec/cluster/name").asText())),
                        "a ScheduledBackup for " + DATABASE.get(svc));
            } else {
                assertEquals(1, instances, "dev runs one instance");
            }
            String cfg = ofKind(objs, "ConfigMap").filter(m -> m.at("/metadata/name").asText().startsWith(svc + "-config"))
                    .findFirst().orElseThrow().path("data").toString();
            assertTrue(cfg.contains("\"DB_HOST\":\"" + DATABASE.get(svc) + "-rw\""), svc + " talks to its Cluster's read-write Service");
            assertTrue(cfg.contains("\"DB_NAME\":\"" + db + "\""), svc + " DB_NAME");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configuration_namesEveryBackend_andDemoDataOnlyOutsideProd(String overlay) throws Exception {
        List<JsonNode> objs = render(overlay);
        Map<String, String> byPrefix = ofKind(objs, "ConfigMap").collect(Collectors.toMap(
                m -> m.at("/metadata/name").asText().replaceAll("-[a-z0-9]{10}$", ""), m -> m.path("data").toString()));
        assertTrue(byPrefix.get("gateway-config").contains("\"FACILITY_SERVICE_URL\":\"http://facility-service:8081\""));
        assertTrue(byPrefix.get("gateway-config").contains("\"ASSESSMENT_SERVICE_URL\":\"http://assessment-service:8082\""));
        assertTrue(byPrefix.get("gateway-config").contains("\"INSURANCE_SERVICE_URL\":\"http://insurance-service:8083\""));
        assertTrue(byPrefix.get("gateway-config").contains("\"REFERRAL_SERVICE_URL\":\"http://referral-service:8084\""));
        assertTrue(byPrefix.get("insurance-service-config").contains("\"FACILITY_SERVICE_URL\":\"http://facility-service:8081\""));
        assertTrue(byPrefix.get("referral-service-config").contains("\"FACILITY_SERVICE_URL\":\"http://facility-service:8081\""));
        assertTrue(byPrefix.get("referral-service-config").contains("\"INSURANCE_SERVICE_URL\":\"http://insurance-service:8083\""));
        String common = byPrefix.get("carenet-common-config");
        assertNotNull(common);
        assertTrue(common.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION") && common.contains("JWT_ISSUER"));
        if (overlay.equals("prod") && !common.contains("\"CARENET_DEMO_DATA_ENABLED\":\"false\"")) {
            fail("prod must never load demo data");
        }
    }
}

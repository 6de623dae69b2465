package org.carenetwork.facility.rest;

import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fifty admissions staff confirm one program's openings at the same moment, each with the version
 * (or ETag) of the facility they read. Only a write based on the current version may land; every
 * other one is refused (409 for a stale {@code version}, 412 for a stale {@code If-Match}), so no
 * confirmation silently overwrites one its author never saw. Real HTTP, released by one start gate.
 */
@QuarkusTest
class AvailabilityConcurrencyTests {

    private static final int WRITERS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMISSIONS = TestTokens.bearer("ADMISSIONS");

    /** One writer's attempt: what it based its write on, what it wrote, and the answer. */
    record Attempt(int writer, long readVersion, boolean byEtag, int openings, boolean accepting, int status, JsonNode body) {
    }

    private HttpClient http;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        pool = Executors.newFixedThreadPool(WRITERS);
        // The client has its own threads: the pool's are all blocked in send() during a race.
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void fiftyWritersOfTheSameVersion_exactlyOneWins_theOthersAre409or412_andItsWriteStands() throws Exception {
        String id = create(facility("Race same version", oceanCentre(), List.of(program("IOP"))));
        HttpResponse<String> read = get(id);
        long v0 = JSON.readTree(read.body()).get("version").asLong();
        String etag = read.headers().firstValue("ETag").orElseThrow();

        // Every writer read the same state; the odd ones send its ETag, the even ones its version.
        List<Attempt> attempts = race(writer -> {
            boolean byEtag = writer % 2 == 1;
            return put(id, writer, v0, byEtag ? etag : null);
        });

        List<Attempt> won = attempts.stream().filter(a -> a.status() == 200).toList();
        assertEquals(1, won.size(), () -> "exactly one write of version " + v0 + " may land: " + statuses(attempts));
        for (Attempt a : attempts) {
            if (a.status() != 200) {
                assertEquals(a.byEtag() ? 412 : 409, a.status(), () -> "writer " + a.writer() + ": " + a.body());
            }
        }
        assertEquals(WRITERS - 1, attempts.stream().filter(a -> a.status() == 409 || a.status() == 412).count());

        JsonNode after = JSON.readTree(get(id).body());
        assertEquals(v0 + 1, after.get("version").asLong(), "one accepted write, one version step");
        assertProgramIs(after, won.get(0));
    }

    @Test
    void fiftyReadThenWriteRaces_onlyNonStaleWritesLand_eachOnTheVersionBeforeIt_andTheLastOneStands() throws Exception {
        String id = create(facility("Race read then write", oceanCentre(), List.of(program("IOP"))));
        long v0 = JSON.readTree(get(id).body()).get("version").asLong();

        // Each writer reads after the gate opens, so some read versions that others' writes produced.
        List<Attempt> attempts = race(writer -> {
            long seen = JSON.readTree(get(id).body()).get("version").asLong();
            return put(id, writer, seen, null);
        });

        List<Attempt> won = attempts.stream().filter(a -> a.status() == 200).toList();
        List<Attempt> refused = attempts.stream().filter(a -> a.status() == 409).toList();
        assertEquals(WRITERS, won.size() + refused.size(), () -> "only 200 or 409: " + statuses(attempts));
        assertTrue(won.size() >= 1, "the first write on the current version must land");

        // Every refused write really was stale: the facility had moved past the version it read.
        for (Attempt a : refused) {
            long current = currentVersionIn409(a.body());
            assertTrue(current > a.readVersion(), () -> "writer " + a.writer() + " read " + a.readVersion()
                    + " and was refused while the facility was at " + current);
        }

        JsonNode after = JSON.readTree(get(id).body());
        long finalVersion = after.get("version").asLong();
        // Each accepted write moved the version by one, from the version it read: no two writes
        // were accepted on the same base, so none overwrote another unseen.
        assertEquals(v0 + won.size(), finalVersion, () -> "accepted " + won.size() + " of " + statuses(attempts));
        Set<Long> basedOn = won.stream().map(Attempt::readVersion).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(LongStream.range(v0, finalVersion).boxed().collect(Collectors.toCollection(TreeSet::new)), basedOn,
                "the accepted writes form one chain of versions");
        Attempt last = won.stream().filter(a -> a.readVersion() == finalVersion - 1).findFirst().orElseThrow();
        assertProgramIs(after, last);
    }

    private List<Attempt> race(Writer writer) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Attempt>> futures = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int n = i;
            Callable<Attempt> task = () -> {
                gate.await();
                return writer.write(n);
            };
            futures.add(pool.submit(task));
        }
        gate.countDown();
        List<Attempt> attempts = new ArrayList<>();
        for (Future<Attempt> f : futures) {
            attempts.add(f.get(60, TimeUnit.SECONDS));
        }
        Set<Integer> distinct = new HashSet<>();
        attempts.forEach(a -> distinct.add(a.openings()));
        assertEquals(WRITERS, distinct.size(), "each writer writes its own value, so the survivor is identifiable");
        return attempts;
    }

    @FunctionalInterface
    interface Writer {
        Attempt write(int writer) throws Exception;
    }

    /** Writer {@code n} confirms {@code n} openings, based on {@code version}: in the body, or as the ETag in If-Match. */
    private Attempt put(String id, int n, long version, String ifMatch) throws IOException, InterruptedException {
        boolean accepting = n % 3 != 0;
        Map<String, Object> body = ifMatch == null
                ? Map.of("openings", n, "acceptingNewPatients", accepting, "version", version)
                : Map.of("openings", n, "acceptingNewPatients", accepting);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/facilities/" + id + "/programs/IOP/availability"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", ADMISSIONS).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = response.body().isEmpty() ? null : JSON.readTree(response.body());
        if (response.statusCode() == 200) {
            assertEquals(n, answer.get("openings").asInt(), "the winner is answered with its own write");
        }
        return new Attempt(n, version, ifMatch != null, n, accepting, response.statusCode(), answer);
    }

    private HttpResponse<String> get(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/facilities/" + id))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return response;
    }

    private static URI uri(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    private static void assertProgramIs(JsonNode facility, Attempt winner) {
        JsonNode iop = facility.get("programs").get(0);
        assertEquals("IOP", iop.get("levelOfCare").asText());
        assertEquals(winner.openings(), iop.get("openings").asInt(), "the stored openings are the last winner's");
        assertEquals(winner.accepting(), iop.get("acceptingNewPatients").asBoolean());
    }

    /** The current version a 409 names: {@code errors: [{field: "version", message: "is stale (current: N)"}]}. */
    private static long currentVersionIn409(JsonNode problem) {
        assertNotNull(problem, "a 409 carries a problem");
        JsonNode error = problem.get("errors").get(0);
        assertEquals("version", error.get("field").asText(), problem::toString);
        String message = error.get("message").asText();
        return Long.parseLong(message.replaceAll(".*current: (\\d+)\\).*", "$1"));
    }

    private static String statuses(List<Attempt> attempts) {
        return attempts.stream().collect(Collectors.groupingBy(Attempt::status, Collectors.counting())).toString();
    }
}

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The fault run of deploy/faults/run.sh: a steady, bounded load through the gateway while
 * insurance-service, facility-service, referral-service and PostgreSQL are stopped and brought back
 * in turn, then a count, from the client's side and in the databases, of every write that was
 * accepted, and of every referral's webhook event the partner's receiver got.
 * Single-file source (java FaultRun.java), JDK only. run.sh starts the suite and passes:
 * FAULTS_ROOT, CARENET_LOCAL_DIR, GATEWAY_PORT, FACILITY_PORT, ASSESSMENT_PORT, INSURANCE_PORT, REFERRAL_PORT,
 * and optionally FAULTS_DOWN_SECONDS (how long each fault lasts, default 8),
 * FAULTS_STEADY_SECONDS (load between faults, default 12) and FAULTS_WARMUP_SECONDS (default 20).
 */
public class FaultRun {

    static final Path ROOT = Path.of(env("FAULTS_ROOT", "."));
    static final Path STATE = Path.of(env("CARENET_LOCAL_DIR", ROOT.resolve(".local/faults").toString()));
    static final String GATEWAY = "http://127.0.0.1:" + env("GATEWAY_PORT", "18080");
    static final Map<String, String> SERVICES = new LinkedHashMap<>();
    static final int DOWN_SECONDS = Integer.parseInt(env("FAULTS_DOWN_SECONDS", "8"));
    static final int STEADY_SECONDS = Integer.parseInt(env("FAULTS_STEADY_SECONDS", "12"));
    static final int WARMUP_SECONDS = Integer.parseInt(env("FAULTS_WARMUP_SECONDS", "20"));
    static final int QUIET_SECONDS = 5;
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static {
        SERVICES.put("gateway", "http://127.0.0.1:" + env("GATEWAY_PORT", "18080"));
        SERVICES.put("facility-service", "http://127.0.0.1:" + env("FACILITY_PORT", "18081"));
        SERVICES.put("assessment-service", "http://127.0.0.1:" + env("ASSESSMENT_PORT", "18082"));
        SERVICES.put("insurance-service", "http://127.0.0.1:" + env("INSURANCE_PORT", "18083"));
        SERVICES.put("referral-service", "http://127.0.0.1:" + env("REFERRAL_PORT", "18084"));
    }

    // ---- what was seen ---------------------------------------------------------------------

    /** A phase of the run; what each kind of call may answer in it. */
    enum Phase {
        /** Fresh JVMs on a small machine: answers may be 503 until the code is warm. */
        WARMUP(true, true, true, true, true),
        BASELINE(false, false, false, false, false),
        INSURANCE_DOWN(true, false, false, false, false),
        INSURANCE_BACK(true, false, false, false, false),
        STEADY_1(false, false, false, false, false),
        FACILITY_DOWN(false, true, false, false, false),
        FACILITY_BACK(false, true, false, false, false),
        STEADY_2(false, false, false, false, false),
        REFERRAL_DOWN(false, false, false, false, true),
        REFERRAL_BACK(false, false, false, false, true),
        STEADY_3(false, false, false, false, false),
        POSTGRES_DOWN(true, true, true, true, true),
        POSTGRES_BACK(true, true, true, true, true),
        FINAL(false, false, false, false, false),
        DRAIN(true, true, true, true, true);

        final boolean insuranceMayBeOut;
        final boolean facilityMayBeOut;
        final boolean coverageWritesMayFail;
        final boolean availabilityWritesMayFail;
        /** A referral needs referral-service, its database and facility-service (the site and level); not insurance. */
        final boolean referralWritesMayFail;

        Phase(boolean insurance, boolean facility, boolean coverage, boolean availability, boolean referral) {
            this.insuranceMayBeOut = insurance;
            this.facilityMayBeOut = facility;
            this.coverageWritesMayFail = coverage || insurance;
            this.availabilityWritesMayFail = availability || facility;
            this.referralWritesMayFail = referral || facility;
        }
    }

    static volatile Phase phase = Phase.WARMUP;
    static final Instant START = Instant.now();
    static final Map<String, AtomicInteger> SENT = new ConcurrentHashMap<>();
    /** kind → class of answer → count */
    static final Map<String, Map<String, AtomicInteger>> ANSWERS = new ConcurrentHashMap<>();
    static final Map<String, Map<Phase, Map<String, AtomicInteger>>> BY_PHASE = new ConcurrentHashMap<>();
    static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
    static final AtomicInteger VIOLATION_COUNT = new AtomicInteger();
    static final List<String> FAULTS = new ArrayList<>();
    static final List<String> NOTES = new ArrayList<>();
    static final List<Long> LATENCIES = Collections.synchronizedList(new ArrayList<>());

    static void count(String kind, Phase p, String answerClass) {
        ANSWERS.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(answerClass, k -> new AtomicInteger()).incrementAndGet();
        BY_PHASE.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(p, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(answerClass, k -> new AtomicInteger()).incrementAndGet();
    }

    static void violation(String what) {
        if (VIOLATION_COUNT.incrementAndGet() <= 10_000) {
            VIOLATIONS.add(String.format("+%5.1fs [%s] %s", since(START), phase, what));
        }
    }

    static double since(Instant t) {
        return Duration.between(t, Instant.now()).toMillis() / 1000.0;
    }

    // ---- HTTP ------------------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** The load is bounded: at most this many calls in flight; a tick that finds none free is skipped. */
    static final Semaphore IN_FLIGHT = new Semaphore(48);
    static final AtomicInteger SKIPPED = new AtomicInteger();

    record Answer(int status, String body, HttpResponse<String> response, Throwable error, Phase sentIn) {
        String header(String name) {
            return response == null ? null : response.headers().firstValue(name).orElse(null);
        }

        /** The class an answer is counted in: 2xx, 503+Retry-After, no answer, ... */
        String answerClass() {
            if (error != null) {
                return error instanceof java.net.http.HttpTimeoutException ? "client timeout (10 s)" : "no answer (I/O)";
            }
            if (status == 503) {
                return header("Retry-After") != null ? "503 with Retry-After" : "503 without Retry-After";
            }
            return String.valueOf(status);
        }
    }

    /** Checks an answer; returns the class to count it in when it is not the plain one (else null). */
    interface Handler {
        String handle(Answer a);
    }

    static boolean send(String kind, HttpRequest request, Handler handler) {
        if (!IN_FLIGHT.tryAcquire()) {
            SKIPPED.incrementAndGet();
            return false;
        }
        SENT.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        Phase sentIn = phase;
        long t0 = System.nanoTime();
        HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
            IN_FLIGHT.release();
            LATENCIES.add((System.nanoTime() - t0) / 1_000_000);
            Answer a = e != null ? new Answer(0, null, null, unwrap(e), sentIn)
                    : new Answer(r.statusCode(), r.body(), r, null, sentIn);
            String cls = a.answerClass();
            try {
                judge(kind, a);
                String refined = handler.handle(a);
                cls = refined != null ? refined : cls;
            } catch (RuntimeException ex) {
                violation(kind + ": checker failed: " + ex);
            }
            count(kind, sentIn, cls);
            if (!cls.startsWith("2") || cls.contains("degraded")) {
                lastProblem = Instant.now();
            }
        });
        return true;
    }

    static Throwable unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** Rules every answer keeps, whatever the phase. */
    static void judge(String kind, Answer a) {
        if (a.error != null) {
            violation(kind + ": " + a.answerClass() + " from the gateway (" + a.error + "), sent in " + a.sentIn);
        } else if (a.status == 503 && a.header("Retry-After") == null) {
            violation(kind + ": 503 without Retry-After, sent in " + a.sentIn);
        } else if (a.status >= 500 && a.status != 503) {
            violation(kind + ": " + a.status + " sent in " + a.sentIn + " (a backend or database outage must be a 503): "
                    + abbreviate(a.body));
        } else if (a.status == 429) {
            violation(kind + ": 429 (the run stays under the rate limits; the load is too high)");
        } else if (a.status >= 400 && a.status != 503) {
            violation(kind + ": " + a.status + " sent in " + a.sentIn + ": " + abbreviate(a.body));
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1" + path)).timeout(CLIENT_TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    // ---- the load --------------------------------------------------------------------------

    static final Random RANDOM = new Random();
    static String[] tokens;

    /** Care matches with a payer, so insurance-service is consulted. */
    static final String[] CARE_MATCHES = {
            "{\"levelOfCare\":\"IOP\",\"lat\":41.65,\"lon\":-83.54,\"radiusMiles\":50,\"payer\":\"aetna\",\"planType\":\"PPO\"}",
            "{\"levelOfCare\":\"DETOX\",\"zip\":\"43537\",\"radiusMiles\":50,\"payer\":\"cigna\",\"planType\":\"HMO\"}",
            "{\"levelOfCare\":\"RESIDENTIAL\",\"lat\":41.10,\"lon\":-80.65,\"radiusMiles\":100,\"payer\":\"bcbs\",\"planType\":\"PPO\"}",
            "{\"levelOfCare\":\"MAT\",\"zip\":\"43604\",\"payer\":\"humana\"}"};
    static final String[] SEARCHES = {
            "/facilities?levelOfCare=IOP&lat=41.65&lon=-83.54&radiusMiles=50",
            "/facilities?levelOfCare=DETOX&levelOfCare=RESIDENTIAL&zip=43537",
            "/facilities?state=OH&acceptingNow=true&size=10",
            "/facilities?q=detox"};
    static final AtomicInteger TICKS = new AtomicInteger();
    static volatile Instant lastHealthyCareMatch = Instant.EPOCH;
    static volatile Instant lastSearchOk = Instant.EPOCH;
    static volatile Instant lastCoverageAccepted = Instant.EPOCH;
    static volatile Instant lastAvailabilityAccepted = Instant.EPOCH;
    static final AtomicInteger DEGRADED = new AtomicInteger();
    /** When the last answer that was not a plain success arrived. */
    static volatile Instant lastProblem = Instant.now();

    /** Settled: nothing but plain successes for this long. */
    static boolean quietFor(double seconds) {
        return since(lastProblem) >= seconds;
    }

    static void careMatch() {
        String body = CARE_MATCHES[TICKS.incrementAndGet() % CARE_MATCHES.length];
        send("care match", request("/care-matches", tokens[0]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), a -> {
            if (a.error != null) {
                return null;
            }
            if (a.status == 503 && !a.sentIn.facilityMayBeOut) {
                violation("care match: 503 sent in " + a.sentIn + ", when facility-service was up: " + abbreviate(a.body));
                return null;
            }
            if (a.status != 200) {
                return null;
            }
            Map<?, ?> json = (Map<?, ?>) Json.parse(a.body);
            List<?> degraded = (List<?>) json.get("degraded");
            List<?> matches = (List<?>) json.get("matches");
            if (matches == null || matches.isEmpty()) {
                violation("care match: 200 without matches in " + a.sentIn + ": " + abbreviate(a.body));
                return null;
            }
            boolean insuranceOut = degraded != null && degraded.contains("insurance-service");
            for (Object m : matches) {
                Object status = ((Map<?, ?>) ((Map<?, ?>) m).get("network")).get("status");
                if (insuranceOut && !"UNKNOWN".equals(status)) {
                    violation("care match: degraded by insurance-service but a network status is " + status);
                }
                if (!insuranceOut && "UNKNOWN".equals(status)) {
                    violation("care match: network UNKNOWN without naming insurance-service in degraded");
                }
            }
            if (degraded != null && !degraded.isEmpty()) {
                DEGRADED.incrementAndGet();
                if (!a.sentIn.insuranceMayBeOut) {
                    violation("care match: degraded " + degraded + " sent in " + a.sentIn + ", when every backend was up");
                }
                return "200 degraded " + degraded;
            }
            lastHealthyCareMatch = Instant.now();
            return null;
        });
    }

    static void search() {
        String path = SEARCHES[TICKS.incrementAndGet() % SEARCHES.length];
        send("facility search", request(path, tokens[1]).GET().build(), a -> {
            if (a.status == 200) {
                lastSearchOk = Instant.now();
            } else if (a.status == 503 && !a.sentIn.facilityMayBeOut) {
                violation("facility search: 503 sent in " + a.sentIn + ", when facility-service was up");
            }
            return null;
        });
    }

    // Coverage requests: every form has its own Idempotency-Key; an answer other than 201 is
    // retried later with the same key and body, as a website would.

    record Form(String key, String body, List<String> phi) {
    }

    static final Map<String, Form> FORMS = new ConcurrentHashMap<>();
    static final Map<String, String> ACCEPTED = new ConcurrentHashMap<>();    // key → id
    static final Set<String> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    static final ConcurrentLinkedQueue<String> RETRY = new ConcurrentLinkedQueue<>();
    static final AtomicInteger FORM_COUNT = new AtomicInteger();
    static final AtomicInteger REPLAYS_OK = new AtomicInteger();
    static final List<String> PHI_SENT = new CopyOnWriteArrayList<>();

    static Form newForm() {
        int n = FORM_COUNT.incrementAndGet();
        String key = "faults-" + RUN + "-" + n;
        String first = "Faultfirst" + letters(6);
        String last = "Faultlast" + letters(6);
        String memberId = "FQ" + (1_000_000_000L + (long) (RANDOM.nextDouble() * 8_999_999_999L));
        String dob = LocalDate.of(1950 + RANDOM.nextInt(55), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)).toString();
        String area = new String[] {"216", "330", "419", "440", "513", "614", "740", "937"}[RANDOM.nextInt(8)];
        String line = String.valueOf(2000 + RANDOM.nextInt(8000));
        String phone = "(" + area + ") 555-" + line;
        String email = "fault" + (1_000_000 + RANDOM.nextInt(9_000_000)) + "@example.org";
        String facility = "5f0c1a52-7c1e-4a8e-9b0e-00000000010" + (1 + RANDOM.nextInt(2));
        // The patient is the subscriber's child: the policy holder is required (and PHI too).
        String holderFirst = "Faultholder" + letters(6);
        String holderDob = LocalDate.of(1940 + RANDOM.nextInt(20), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)).toString();
        String body = "{\"seekingCareFor\":\"LOVED_ONE\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"dateOfBirth\":\"" + dob + "\",\"phone\":\"" + phone + "\",\"email\":\"" + email
                + "\",\"preferredContact\":\"PHONE\",\"payer\":\"aetna\",\"planType\":\"PPO\",\"memberId\":\"" + memberId
                + "\",\"subscriberRelationship\":\"CHILD\",\"policyHolder\":{\"firstName\":\"" + holderFirst
                + "\",\"lastName\":\"" + last + "\",\"dateOfBirth\":\"" + holderDob + "\"},\"facilityId\":\"" + facility
                + "\",\"levelOfCare\":\"IOP\","
                + "\"consent\":{\"agreed\":true,\"text\":\"I agree that the admissions team may contact me.\",\"agreedAt\":\""
                + Instant.now().minusSeconds(20) + "\"}}";
        List<String> phi = List.of(first, last, memberId, dob, phone, area + "555" + line, email, holderFirst, holderDob);
        PHI_SENT.addAll(phi);
        Form f = new Form(key, body, phi);
        FORMS.put(key, f);
        return f;
    }

    static void coverageRequest() {
        String key = RETRY.poll();
        Form form = key != null ? FORMS.get(key) : newForm();
        submit(form, false);
    }

    static void submit(Form form, boolean replay) {
        if (!replay && !IN_PROGRESS.add(form.key)) {
            return;
        }
        String token = tokens[2 + (TICKS.incrementAndGet() % 2)];
        boolean sent = send(replay ? "coverage request (replay)" : "coverage request", request("/coverage-requests", token)
                .header("Content-Type", "application/json").header("Idempotency-Key", form.key)
                .POST(HttpRequest.BodyPublishers.ofString(form.body)).build(), a -> {
            if (a.status == 201) {
                String id = (String) ((Map<?, ?>) Json.parse(a.body)).get("id");
                String replayed = a.header("Idempotent-Replayed");
                String before = ACCEPTED.putIfAbsent(form.key, id);
                if (before != null && !before.equals(id)) {
                    violation("coverage request: key " + form.key + " accepted twice with different ids");
                }
                if (replay && (!"true".equals(replayed) || before == null)) {
                    violation("coverage request: a replay of an accepted key was not answered as a replay");
                } else if (replay) {
                    REPLAYS_OK.incrementAndGet();
                }
                lastCoverageAccepted = Instant.now();
            } else if (!replay) {
                if (a.status == 503 && !a.sentIn.coverageWritesMayFail) {
                    violation("coverage request: 503 sent in " + a.sentIn + ", when insurance-service and PostgreSQL were up");
                }
                RETRY.add(form.key);
            }
            if (!replay) {
                IN_PROGRESS.remove(form.key);
            }
            return null;
        });
        if (!sent && !replay) {
            IN_PROGRESS.remove(form.key);
            RETRY.add(form.key);
        }
    }

    static void replayOne() {
        List<String> keys = new ArrayList<>(ACCEPTED.keySet());
        if (!keys.isEmpty()) {
            submit(FORMS.get(keys.get(RANDOM.nextInt(keys.size()))), true);
        }
    }

    // Referrals: a partner sends people to the demo sites, each referral with its own
    // Idempotency-Key, retried with it until it is answered 201; its webhook receiver (below) must
    // get every accepted referral's "referral.created" event, signed with its secret.

    static final Map<String, Form> REFERRALS = new ConcurrentHashMap<>();
    static final Map<String, String> REFERRALS_ACCEPTED = new ConcurrentHashMap<>();  // key → id
    static final Set<String> REFERRALS_IN_PROGRESS = ConcurrentHashMap.newKeySet();
    static final ConcurrentLinkedQueue<String> REFERRALS_RETRY = new ConcurrentLinkedQueue<>();
    static final AtomicInteger REFERRAL_COUNT = new AtomicInteger();
    static final AtomicInteger REFERRALS_DEGRADED = new AtomicInteger();
    static volatile Instant lastReferralAccepted = Instant.EPOCH;
    /** Accepted referrals not in the database, and created events the receiver never got. */
    static int lostReferralRecords;

    static Form newReferral() {
        int n = REFERRAL_COUNT.incrementAndGet();
        String key = "faults-ref-" + RUN + "-" + n;
        String first = "Reffirst" + letters(6);
        String last = "Reflast" + letters(6);
        String memberId = "FR" + (1_000_000_000L + (long) (RANDOM.nextDouble() * 8_999_999_999L));
        String dob = LocalDate.of(1950 + RANDOM.nextInt(55), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)).toString();
        String phone = "+1419555" + (1000 + RANDOM.nextInt(9000));
        String facility = "5f0c1a52-7c1e-4a8e-9b0e-00000000010" + (1 + RANDOM.nextInt(2));
        String body = "{\"facilityId\":\"" + facility + "\",\"levelOfCare\":\"IOP\",\"reason\":\"Discharged from the ED; "
                + "asks for an evening IOP.\",\"insurance\":{\"payer\":\"aetna\",\"planType\":\"PPO\",\"memberId\":\"" + memberId
                + "\"},\"person\":{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"dateOfBirth\":\"" + dob
                + "\",\"phone\":\"" + phone + "\",\"preferredContact\":\"PHONE\"},\"consent\":{\"given\":true,"
                + "\"text\":\"I agree that my referral may be shared with the treatment site.\",\"at\":\""
                + Instant.now().minusSeconds(20) + "\"}}";
        List<String> phi = List.of(first, last, memberId, dob, phone);
        PHI_SENT.addAll(phi);
        Form f = new Form(key, body, phi);
        REFERRALS.put(key, f);
        return f;
    }

    static void referral() {
        String key = REFERRALS_RETRY.poll();
        sendReferral(key != null ? REFERRALS.get(key) : newReferral());
    }

    static void sendReferral(Form form) {
        if (!REFERRALS_IN_PROGRESS.add(form.key)) {
            return;
        }
        boolean sent = send("referral", request("/referrals", tokens[6])
                .header("Content-Type", "application/json").header("Idempotency-Key", form.key)
                .POST(HttpRequest.BodyPublishers.ofString(form.body)).build(), a -> {
            String cls = null;
            if (a.status == 201) {
                Map<?, ?> json = (Map<?, ?>) Json.parse(a.body);
                String id = (String) json.get("id");
                String before = REFERRALS_ACCEPTED.putIfAbsent(form.key, id);
                if (before != null && !before.equals(id)) {
                    violation("referral: key " + form.key + " accepted twice with different ids");
                }
                List<?> degraded = (List<?>) json.get("degraded");
                if (degraded != null && !degraded.isEmpty()) {
                    REFERRALS_DEGRADED.incrementAndGet();
                    if (!a.sentIn.insuranceMayBeOut) {
                        violation("referral: degraded " + degraded + " sent in " + a.sentIn + ", when insurance-service was up");
                    }
                    cls = "201 degraded " + degraded;
                }
                lastReferralAccepted = Instant.now();
            } else {
                if (a.status == 503 && !a.sentIn.referralWritesMayFail) {
                    violation("referral: 503 sent in " + a.sentIn + ", when referral-service, facility-service and PostgreSQL were up");
                }
                REFERRALS_RETRY.add(form.key);
            }
            REFERRALS_IN_PROGRESS.remove(form.key);
            return cls;
        });
        if (!sent) {
            REFERRALS_IN_PROGRESS.remove(form.key);
            REFERRALS_RETRY.add(form.key);
        }
    }

    /** The partner's webhook receiver: the JDK's HTTP server on loopback, keeping every delivery. */
    record Delivery(String signature, String eventId, String body) {
    }

    static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();
    static com.sun.net.httpserver.HttpServer receiver;
    static String webhookSecret;

    static void startReceiver() throws IOException {
        receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (var in = exchange.getRequestBody()) {
                DELIVERIES.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Carenet-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Carenet-Event-Id"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(2));
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpResponse<String> r;
        try {
            r = HTTP.send(request("/webhook-subscriptions", tokens[6]).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\",\"events\":[\"referral.created\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (r.statusCode() != 201) {
            throw new IllegalStateException("the webhook subscription was refused: " + r.statusCode() + " " + r.body());
        }
        webhookSecret = (String) ((Map<?, ?>) Json.parse(r.body())).get("secret");
    }

    /** t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + body, keyed with the secret>, as a partner checks it. */
    static boolean verifies(Delivery d) {
        if (d.signature() == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : d.signature().split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].trim().equals("t")) {
                t = kv[1].trim();
            } else if (kv.length == 2 && kv[0].trim().equals("v1")) {
                v1 = kv[1].trim();
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(webhookSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = java.util.HexFormat.of().formatHex(mac.doFinal((t + "." + d.body()).getBytes(StandardCharsets.UTF_8)));
            return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    v1.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** Referral id → how many verified "referral.created" deliveries named it. */
    static Map<String, Integer> createdEventsReceived() {
        Map<String, Integer> byReferral = new ConcurrentHashMap<>();
        for (Delivery d : DELIVERIES) {
            if (verifies(d)) {
                Map<?, ?> json = (Map<?, ?>) Json.parse(d.body());
                if ("referral.created".equals(json.get("type"))) {
                    byReferral.merge((String) json.get("referralId"), 1, Integer::sum);
                }
            }
        }
        return byReferral;
    }

    // Availability updates: one writer per program, each update a new value, so the database's
    // final value says which write was applied last.

    static final class Program {
        final String facilityId;
        final String level;
        final AtomicBoolean busy = new AtomicBoolean();
        int next;
        volatile int lastAccepted = -1;
        final List<Integer> unacknowledgedAfterLast = new CopyOnWriteArrayList<>();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger unacknowledged = new AtomicInteger();

        Program(String facilityId, String level, int start) {
            this.facilityId = facilityId;
            this.level = level;
            this.next = start;
        }
    }

    static final List<Program> PROGRAMS = new ArrayList<>();
    static final AtomicInteger PROGRAM_CURSOR = new AtomicInteger();

    static void availabilityUpdate() {
        for (int i = 0; i < PROGRAMS.size(); i++) {
            Program p = PROGRAMS.get(Math.floorMod(PROGRAM_CURSOR.getAndIncrement(), PROGRAMS.size()));
            if (!p.busy.compareAndSet(false, true)) {
                continue;
            }
            int value = p.next = (p.next + 1) % 10_000;
            String token = tokens[4 + (TICKS.incrementAndGet() % 2)];
            boolean sent = send("availability update", request("/facilities/" + p.facilityId + "/programs/" + p.level
                    + "/availability", token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"openings\":" + value + ",\"acceptingNewPatients\":true}"))
                    .build(), a -> {
                if (a.status == 200) {
                    Object openings = ((Map<?, ?>) Json.parse(a.body)).get("openings");
                    if (!(openings instanceof Number n) || n.intValue() != value) {
                        violation("availability update: 200 but the program says openings " + openings + ", not " + value);
                    }
                    p.lastAccepted = value;
                    p.unacknowledgedAfterLast.clear();
                    p.accepted.incrementAndGet();
                    lastAvailabilityAccepted = Instant.now();
                } else {
                    if (a.status == 503 && !a.sentIn.availabilityWritesMayFail) {
                        violation("availability update: 503 sent in " + a.sentIn + ", when facility-service and PostgreSQL were up");
                    }
                    p.unacknowledged.incrementAndGet();
                    p.unacknowledgedAfterLast.add(value);
                }
                p.busy.set(false);
                return null;
            });
            if (!sent) {
                p.busy.set(false);
            }
            return;
        }
    }

    // ---- readiness -------------------------------------------------------------------------

    /** service → list of (seconds since start, ready?) transitions */
    static final Map<String, List<String>> READINESS = new ConcurrentHashMap<>();
    static final Map<String, Boolean> READY_NOW = new ConcurrentHashMap<>();

    static void pollReadiness() {
        for (var s : SERVICES.entrySet()) {
            boolean ready;
            try {
                ready = HTTP.send(HttpRequest.newBuilder(URI.create(s.getValue() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                ready = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Boolean before = READY_NOW.put(s.getKey(), ready);
            if (before == null || before != ready) {
                READINESS.computeIfAbsent(s.getKey(), k -> new CopyOnWriteArrayList<>())
                        .add(String.format("%s at +%.1fs (%s)", ready ? "ready" : "NOT ready", since(START), phase));
            }
        }
    }

    // ---- faults ----------------------------------------------------------------------------

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String gatewayPid() {
        try {
            return Files.readString(STATE.resolve("run/gateway.pid")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code recovered} holds, at most {@code limit} seconds; the seconds it took, or -1. */
    static double awaitRecovery(String what, Supplier<Boolean> recovered, int limit) {
        Instant t0 = Instant.now();
        while (since(t0) < limit) {
            if (recovered.get()) {
                return since(t0);
            }
            sleep(0.2);
        }
        violation(what + " did not recover within " + limit + " s");
        return -1;
    }

    static void stopService(String name) {
        run("deploy/local/stop.sh", name);
    }

    /** start.sh starts again whichever service is not running and waits until all are ready. */
    static void startSuite() {
        run("deploy/local/start.sh");
    }

    static void insuranceFault() {
        phase = Phase.INSURANCE_DOWN;
        Instant down = Instant.now();
        stopService("insurance-service");
        sleep(DOWN_SECONDS);
        FAULTS.add(String.format("insurance-service stopped for %.1f s", since(down)));
        phase = Phase.INSURANCE_BACK;
        startSuite();
        Instant back = Instant.now();
        double took = awaitRecovery("care matches (insurance answers again)", () -> lastHealthyCareMatch.isAfter(back), 60);
        awaitRecovery("a settled load after insurance-service's return", () -> quietFor(QUIET_SECONDS), 60);
        NOTES.add(String.format("recovery, insurance-service: care matches degraded while it was away; "
                + "back to full answers %.1f s after it was ready again", took));
        sleep(3);
    }

    static void facilityFault() {
        String gatewayBefore = gatewayPid();
        phase = Phase.FACILITY_DOWN;
        Instant down = Instant.now();
        stopService("facility-service");
        sleep(DOWN_SECONDS);
        FAULTS.add(String.format("facility-service stopped for %.1f s", since(down)));
        phase = Phase.FACILITY_BACK;
        startSuite();
        Instant back = Instant.now();
        double took = awaitRecovery("facility searches (facility-service answers again)", () -> lastSearchOk.isAfter(back)
                && lastHealthyCareMatch.isAfter(back) && lastAvailabilityAccepted.isAfter(back), 60);
        awaitRecovery("a settled load after facility-service's return", () -> quietFor(QUIET_SECONDS), 60);
        if (!gatewayBefore.equals(gatewayPid())) {
            violation("the gateway was restarted during the facility-service fault");
        }
        NOTES.add(String.format("recovery, facility-service: searches, care matches and availability answered again %.1f s "
                + "after it was ready, same gateway process (pid %s)", took, gatewayPid()));
        sleep(3);
    }

    static void referralFault() {
        phase = Phase.REFERRAL_DOWN;
        Instant down = Instant.now();
        stopService("referral-service");
        sleep(DOWN_SECONDS);
        FAULTS.add(String.format("referral-service stopped for %.1f s (events written before it stopped still owed)",
                since(down)));
        phase = Phase.REFERRAL_BACK;
        startSuite();
        Instant back = Instant.now();
        double took = awaitRecovery("referrals (referral-service answers again)", () -> lastReferralAccepted.isAfter(back), 60);
        awaitRecovery("a settled load after referral-service's return", () -> quietFor(QUIET_SECONDS), 60);
        NOTES.add(String.format("recovery, referral-service: referrals were 503 with Retry-After while it was away; "
                + "accepted again %.1f s after it was ready", took));
        sleep(3);
    }

    static void postgresFault() {
        phase = Phase.POSTGRES_DOWN;
        Instant down = Instant.now();
        run("deploy/local/pg.sh", "stop");
        sleep(DOWN_SECONDS);
        FAULTS.add(String.format("PostgreSQL stopped for %.1f s and started again", since(down)));
        phase = Phase.POSTGRES_BACK;
        run("deploy/local/pg.sh", "start");
        Instant back = Instant.now();
        double took = awaitRecovery("the services after PostgreSQL's restart", () -> READY_NOW.entrySet().stream()
                .allMatch(Map.Entry::getValue) && lastCoverageAccepted.isAfter(back) && lastAvailabilityAccepted.isAfter(back)
                && lastReferralAccepted.isAfter(back), 90);
        awaitRecovery("a settled load after PostgreSQL's return", () -> quietFor(QUIET_SECONDS), 60);
        NOTES.add(String.format("recovery, PostgreSQL: the domain services reported not ready while it was down; "
                + "ready and accepting writes again %.1f s after it was back", took));
        sleep(3);
    }

    // ---- counting the records --------------------------------------------------------------

    static List<String> psql(String database, String sql) {
        String out = run("deploy/local/pg.sh", "psql", "-d", database, "-tA", "-F", "|", "-v", "ON_ERROR_STOP=1", "-c", sql);
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.trim());
            }
        }
        return lines;
    }

    static Map<String, Long> facilityVersions() {
        Map<String, Long> v = new TreeMap<>();
        for (String l : psql("facility", "SELECT id, version FROM facility WHERE source = 'NETWORK'")) {
            String[] p = l.split("\\|");
            v.put(p[0], Long.parseLong(p[1]));
        }
        return v;
    }

    public static void main(String[] args) throws Exception {
        tokens = new String[] {
                token("CALL_CENTER", "faults-care-match"), token("CALL_CENTER", "faults-search"),
                token("CALL_CENTER", "faults-form-1"), token("CALL_CENTER", "faults-form-2"),
                token("ADMIN", "faults-admin-1"), token("ADMIN", "faults-admin-2"), token("PARTNER", "faults-partner")};
        for (String l : psql("facility", "SELECT p.facility_id, p.level_of_care, coalesce(p.openings, 0) FROM program p "
                + "JOIN facility f ON f.id = p.facility_id WHERE f.source = 'NETWORK' AND f.deleted_at IS NULL ORDER BY 1, 2")) {
            String[] p = l.split("\\|");
            PROGRAMS.add(new Program(p[0], p[1], Integer.parseInt(p[2])));
        }
        if (PROGRAMS.isEmpty()) {
            throw new IllegalStateException("no demo programs in the facility database");
        }
        Map<String, Long> versionsBefore = facilityVersions();
        Set<String> coverageBefore = Set.copyOf(psql("insurance", "SELECT id FROM coverage_request"));
        startReceiver();

        ScheduledExecutorService load = Executors.newScheduledThreadPool(3);
        load.scheduleAtFixedRate(FaultRun::careMatch, 0, 125, TimeUnit.MILLISECONDS);      // 8/s
        load.scheduleAtFixedRate(FaultRun::search, 50, 125, TimeUnit.MILLISECONDS);        // 8/s
        load.scheduleAtFixedRate(FaultRun::coverageRequest, 20, 250, TimeUnit.MILLISECONDS); // 4/s
        load.scheduleAtFixedRate(FaultRun::availabilityUpdate, 70, 250, TimeUnit.MILLISECONDS); // 4/s
        load.scheduleAtFixedRate(FaultRun::replayOne, 3000, 2000, TimeUnit.MILLISECONDS);  // 0.5/s
        load.scheduleAtFixedRate(FaultRun::referral, 90, 500, TimeUnit.MILLISECONDS);      // 2/s
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        watch.scheduleWithFixedDelay(FaultRun::pollReadiness, 0, 250, TimeUnit.MILLISECONDS);

        System.out.println("fault run " + RUN + ": load on " + GATEWAY + " (8 care matches, 8 searches, 4 coverage requests, "
                + "4 availability updates, 2 referrals a second; at most 48 calls in flight)");
        // Fresh JVMs on a small machine time out and trip circuit breakers at first: the run
        // starts measuring once the load has seen nothing but plain successes for a while.
        step(Phase.WARMUP, WARMUP_SECONDS);
        double warm = awaitRecovery("warm-up", () -> quietFor(QUIET_SECONDS), 120);
        NOTES.add(0, String.format("warm-up: %.0f s until %d s passed with nothing but plain successes",
                WARMUP_SECONDS + Math.max(0, warm), QUIET_SECONDS));
        step(Phase.BASELINE, STEADY_SECONDS);
        System.out.println("fault 1: insurance-service stopped for " + DOWN_SECONDS + " s");
        insuranceFault();
        step(Phase.STEADY_1, STEADY_SECONDS);
        System.out.println("fault 2: facility-service stopped for " + DOWN_SECONDS + " s");
        facilityFault();
        step(Phase.STEADY_2, STEADY_SECONDS);
        System.out.println("fault 3: referral-service stopped for " + DOWN_SECONDS + " s");
        referralFault();
        step(Phase.STEADY_3, STEADY_SECONDS);
        System.out.println("fault 4: PostgreSQL stopped for " + DOWN_SECONDS + " s, then started");
        postgresFault();
        step(Phase.FINAL, STEADY_SECONDS);

        // Stop the load; every form not yet accepted is sent once more with its key, as a client
        // retrying after an outage would.
        load.shutdown();
        load.awaitTermination(10, TimeUnit.SECONDS);
        phase = Phase.DRAIN;
        awaitIdle();
        for (Form f : FORMS.values()) {
            if (!ACCEPTED.containsKey(f.key)) {
                submit(f, false);
                sleep(0.1);
            }
        }
        for (Form f : REFERRALS.values()) {
            if (!REFERRALS_ACCEPTED.containsKey(f.key)) {
                sendReferral(f);
                sleep(0.1);
            }
        }
        awaitIdle();
        watch.shutdownNow();

        // Referrals: each accepted one is in the database with the same id, and its "created"
        // event reached the receiver, signed (at least once: a retry may deliver it twice).
        Map<String, String> storedReferrals = new TreeMap<>();
        for (String l : psql("referral", "SELECT idempotency_key, id FROM referral WHERE idempotency_key LIKE 'faults-ref-"
                + RUN + "-%'")) {
            String[] p = l.split("\\|");
            if (storedReferrals.put(p[0], p[1]) != null) {
                violation("referral: two rows for key " + p[0]);
            }
        }
        int lostReferrals = 0;
        for (var e : REFERRALS_ACCEPTED.entrySet()) {
            if (!e.getValue().equals(storedReferrals.get(e.getKey()))) {
                lostReferrals++;
                violation("referral " + e.getValue() + " (key " + e.getKey() + ") was accepted but is not in the database");
            }
        }
        Set<String> owed = Set.copyOf(storedReferrals.values());
        Instant waitFrom = Instant.now();
        Map<String, Integer> received = createdEventsReceived();
        while (!received.keySet().containsAll(owed) && since(waitFrom) < 120) {
            sleep(0.5);
            received = createdEventsReceived();
        }
        double eventsWait = since(waitFrom);
        int lostEvents = 0;
        for (String id : owed) {
            if (!received.containsKey(id)) {
                lostEvents++;
                violation("referral " + id + ": its referral.created event never reached the receiver (waited "
                        + Math.round(eventsWait) + " s after the load)");
            }
        }
        long unverified = DELIVERIES.stream().filter(d -> !verifies(d)).count();
        if (unverified > 0) {
            violation(unverified + " webhook deliveries whose signature does not verify with the subscription's secret");
        }
        int repeats = received.values().stream().mapToInt(n -> n - 1).sum();
        for (Delivery d : DELIVERIES) {
            for (String v : PHI_SENT) {
                if (d.body().contains(v)) {
                    violation("a webhook body carries a PHI value the run sent");
                    break;
                }
            }
        }
        receiver.stop(0);
        lostReferralRecords = lostReferrals + lostEvents;
        NOTES.add(String.format("referrals: %d forms, accepted (201) %d (%d degraded: insurance-service away), in the "
                        + "database with the same id %d, lost %d; created events received %d of %d (signed: all %s; "
                        + "delivered more than once: %d), the last %.1f s after the load stopped",
                REFERRALS.size(), REFERRALS_ACCEPTED.size(), REFERRALS_DEGRADED.get(), REFERRALS_ACCEPTED.size() - lostReferrals,
                lostReferrals, owed.size() - lostEvents, owed.size(), unverified == 0 ? "yes" : "NO", repeats, eventsWait));

        // The count: what the clients were told was stored, against what the databases hold.
        Map<String, String> stored = new TreeMap<>();
        for (String l : psql("insurance", "SELECT idempotency_key, id FROM coverage_request WHERE idempotency_key LIKE 'faults-"
                + RUN + "-%'")) {
            String[] p = l.split("\\|");
            if (stored.put(p[0], p[1]) != null) {
                violation("coverage request: two rows for key " + p[0]);
            }
        }
        int lostCoverage = 0;
        for (var e : ACCEPTED.entrySet()) {
            if (!e.getValue().equals(stored.get(e.getKey()))) {
                lostCoverage++;
                violation("coverage request " + e.getValue() + " (key " + e.getKey() + ") was accepted but is not in the database");
            }
        }
        int storedUnacknowledged = (int) stored.keySet().stream().filter(k -> !ACCEPTED.containsKey(k)).count();
        long otherNew = psql("insurance", "SELECT id FROM coverage_request").stream()
                .filter(id -> !coverageBefore.contains(id) && !stored.containsValue(id)).count();
        if (otherNew > 0) {
            violation(otherNew + " coverage requests in the database that this run did not send");
        }

        int lostAvailability = 0;
        int acceptedAvailability = 0;
        int unacknowledgedAvailability = 0;
        Map<String, Integer> openings = new LinkedHashMap<>();
        for (String l : psql("facility", "SELECT facility_id, level_of_care, openings FROM program")) {
            String[] p = l.split("\\|");
            openings.put(p[0] + "/" + p[1], p[2].isEmpty() ? null : Integer.parseInt(p[2]));
        }
        for (Program p : PROGRAMS) {
            acceptedAvailability += p.accepted.get();
            unacknowledgedAvailability += p.unacknowledged.get();
            Integer now = openings.get(p.facilityId + "/" + p.level);
            if (p.lastAccepted >= 0 && !(now != null && (now == p.lastAccepted || p.unacknowledgedAfterLast.contains(now)))) {
                lostAvailability++;
                violation("availability of " + p.facilityId + " " + p.level + ": the last accepted value was "
                        + p.lastAccepted + ", the database holds " + now);
            }
        }
        Map<String, Long> versionsAfter = facilityVersions();
        long applied = versionsAfter.entrySet().stream()
                .mapToLong(e -> e.getValue() - versionsBefore.getOrDefault(e.getKey(), e.getValue())).sum();
        if (applied < acceptedAvailability) {
            lostAvailability = Math.max(lostAvailability, (int) (acceptedAvailability - applied));
            violation("availability: " + acceptedAvailability + " updates accepted but the facilities' versions moved "
                    + applied + " times");
        }
        if (applied > acceptedAvailability + unacknowledgedAvailability) {
            violation("availability: versions moved " + applied + " times, more than the updates sent");
        }

        // The PHI the run sent must be in none of the suite's logs.
        int phiHits = 0;
        List<Path> logs = new ArrayList<>();
        try (var files = Files.list(STATE.resolve("logs"))) {
            files.filter(f -> f.toString().endsWith(".log")).forEach(logs::add);
        }
        Path pgLog = STATE.resolve("pg/server.log");
        if (Files.exists(pgLog)) {
            logs.add(pgLog);
        }
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            for (String v : PHI_SENT) {
                if (text.contains(v)) {
                    phiHits++;
                    violation("a PHI value the run sent (" + v.length() + " characters) is in " + ROOT.relativize(log));
                }
            }
        }

        // Readiness: each domain service must have gone not-ready during the PostgreSQL outage.
        for (String s : List.of("facility-service", "assessment-service", "insurance-service", "referral-service")) {
            List<String> t = READINESS.getOrDefault(s, List.of());
            if (t.stream().noneMatch(x -> x.startsWith("NOT ready") && x.contains("POSTGRES"))) {
                violation(s + " never reported not-ready while PostgreSQL was down");
            }
            if (!READY_NOW.getOrDefault(s, false)) {
                violation(s + " is not ready at the end");
            }
        }
        List<String> gateway = READINESS.getOrDefault("gateway", List.of());
        if (gateway.stream().noneMatch(x -> x.startsWith("NOT ready") && x.contains("FACILITY"))) {
            violation("the gateway never reported not-ready while facility-service was down");
        }
        if (!READY_NOW.getOrDefault("gateway", false)) {
            violation("the gateway is not ready at the end");
        }

        report(acceptedAvailability, unacknowledgedAvailability, applied, lostAvailability, stored.size(),
                storedUnacknowledged, lostCoverage, phiHits, logs.size());
        System.exit(VIOLATION_COUNT.get() == 0 ? 0 : 1);
    }

    static void step(Phase p, int seconds) {
        phase = p;
        sleep(seconds);
    }

    static void awaitIdle() {
        Instant t0 = Instant.now();
        while (IN_FLIGHT.availablePermits() < 48 && since(t0) < 30) {
            sleep(0.1);
        }
    }

    static String token(String role, String sub) {
        return run("deploy/local/token.sh", role, "--sub", sub, "--minutes", "60").trim();
    }

    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    static void report(int acceptedAvailability, int unacknowledgedAvailability, long applied, int lostAvailability,
                       int storedCoverage, int storedUnacknowledged, int lostCoverage, int phiHits, int logCount)
            throws IOException {
        StringBuilder out = new StringBuilder();
        int total = SENT.values().stream().mapToInt(AtomicInteger::get).sum();
        out.append(String.format("%nFault run %s, %.0f s, gateway %s%n", RUN, since(START), GATEWAY));
        out.append(String.format("requests sent: %d (", total));
        out.append(String.join(", ", SENT.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().get() + " " + e.getKey()).toList())).append(")");
        out.append(String.format("; %d ticks skipped at the in-flight bound%n", SKIPPED.get()));
        List<Long> lat = new ArrayList<>(LATENCIES);
        Collections.sort(lat);
        if (!lat.isEmpty()) {
            out.append(String.format("latency: p50 %d ms, p99 %d ms, max %d ms%n", lat.get(lat.size() / 2),
                    lat.get((int) (lat.size() * 0.99)), lat.get(lat.size() - 1)));
        }
        out.append("faults injected: ").append(FAULTS.size()).append("\n");
        FAULTS.forEach(f -> out.append("  - ").append(f).append("\n"));
        out.append("answers by kind and class (the class counts of care matches include the degraded 200s once more):\n");
        for (var k : new TreeMap<>(ANSWERS).entrySet()) {
            out.append("  ").append(k.getKey()).append(": ");
            out.append(String.join(", ", new TreeMap<>(k.getValue()).entrySet().stream()
                    .map(e -> e.getKey() + " x" + e.getValue().get()).toList())).append("\n");
        }
        Map<String, Integer> errors = new TreeMap<>();
        ANSWERS.values().forEach(m -> m.forEach((cls, n) -> {
            if (!cls.startsWith("2")) {
                errors.merge(cls, n.get(), Integer::sum);
            }
        }));
        out.append("errors seen by class: ").append(errors.isEmpty() ? "none" : errors.toString())
                .append(String.format("; degraded care matches (200): %d%n", DEGRADED.get()));
        out.append("answers other than 2xx, by the phase they were sent in:\n");
        for (Phase p : Phase.values()) {
            Map<String, Integer> inPhase = new TreeMap<>();
            BY_PHASE.forEach((kind, phases) -> phases.getOrDefault(p, Map.of()).forEach((cls, n) -> {
                if (!cls.startsWith("2")) {
                    inPhase.merge(kind + " " + cls, n.get(), Integer::sum);
                }
            }));
            if (!inPhase.isEmpty()) {
                out.append("  ").append(p).append(": ").append(inPhase).append("\n");
            }
        }
        out.append("readiness changes:\n");
        for (var r : new TreeMap<>(READINESS).entrySet()) {
            out.append("  ").append(r.getKey()).append(": ").append(String.join("; ", r.getValue())).append("\n");
        }
        out.append("warm-up and recovery:\n");
        NOTES.forEach(n -> out.append("  ").append(n).append("\n"));
        out.append(String.format("coverage requests: %d forms (one Idempotency-Key each, retried with it until accepted); "
                        + "accepted (201) %d, found in the database with the same id %d, lost %d; stored but never "
                        + "acknowledged %d; never accepted %d; replays answered with the first receipt %d%n",
                FORMS.size(), ACCEPTED.size(), ACCEPTED.size() - lostCoverage, lostCoverage, storedUnacknowledged,
                FORMS.size() - ACCEPTED.size(), REPLAYS_OK.get()));
        out.append(String.format("availability updates: accepted (200) %d, unacknowledged (503) %d, applied per the "
                        + "facilities' versions %d; programs whose last accepted value is not in the database: %d%n",
                acceptedAvailability, unacknowledgedAvailability, applied, lostAvailability));
        out.append(String.format("records lost: %d (referrals and their events included)%n",
                lostCoverage + lostAvailability + lostReferralRecords));
        out.append(String.format("PHI: %d values sent in coverage requests and referrals, found in %d of %d log files scanned%n",
                PHI_SENT.size(), phiHits, logCount));
        if (VIOLATION_COUNT.get() == 0) {
            out.append("invariants: all held\n");
        } else {
            out.append("invariants BROKEN: ").append(VIOLATION_COUNT.get()).append(" (first ones below)\n");
            VIOLATIONS.stream().limit(40).forEach(v -> out.append("  ").append(v).append("\n"));
            out.append("  (all of them: ").append(ROOT.relativize(STATE.resolve("faults-violations.txt"))).append(")\n");
        }
        System.out.print(out);
        Files.writeString(STATE.resolve("faults-summary.txt"), out.toString());
        Files.write(STATE.resolve("faults-violations.txt"), VIOLATIONS);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Just enough JSON for the answers this run reads. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json j = new Json(s);
            Object v = j.value();
            j.ws();
            if (j.i != s.length()) {
                throw new IllegalArgumentException("trailing characters in JSON");
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // :
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[': {
                    List<Object> l = new ArrayList<>();
                    i++;
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            i++;
            return sb.toString();
        }
    }
}

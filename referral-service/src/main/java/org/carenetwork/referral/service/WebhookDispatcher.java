package org.carenetwork.referral.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.carenetwork.referral.config.ReferralConfig;
import org.carenetwork.referral.domain.Backoff;
import org.carenetwork.referral.domain.Phi;
import org.carenetwork.referral.domain.WebhookSignature;
import org.carenetwork.referral.domain.WebhookSubscription;
import org.carenetwork.referral.domain.WebhookUrls;
import org.jboss.logging.Logger;

/**
 * The outbox's worker: every {@code referral.webhooks.poll-every} it claims the deliveries due and
 * POSTs each event's body to its subscription's URL, signed ({@code X-Carenet-Signature}) with the
 * subscription's secret, with the stable {@code X-Carenet-Event-Id}; then records the attempt. A
 * 2xx is delivered; anything else is tried again with exponential back-off for 24 hours. Redirects
 * are not followed and the URL is checked again before each attempt (its host may resolve
 * elsewhere by now), so a receiver cannot point the service at an internal address.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    ReferralConfig config;

    @Inject
    WebhookQueue queue;

    @Inject
    Phi phi;

    @Inject
    Clock clock;

    private volatile HttpClient http;

    @Scheduled(every = "{referral.webhooks.poll-every}", identity = "webhook-dispatch",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        dispatchDue();
    }

    /** Sends every delivery due now, a batch at a time. @return how many attempts were made */
    public int dispatchDue() {
        ReferralConfig.Webhooks settings = config.webhooks();
        Backoff backoff = new Backoff(settings.backoffBase(), settings.backoffMax(), settings.retryFor());
        int attempted = 0;
        while (true) {
            List<WebhookQueue.Claim> claims = queue.claim(clock.instant(), settings.batchSize(), settings.claimLease());
            for (WebhookQueue.Claim claim : claims) {
                WebhookQueue.Result result = send(claim);
                Optional<String> outcome = queue.record(claim, result, clock.instant(), backoff);
                attempted++;
                LOG.infof("webhook event %s (%s) to subscription %s, attempt %d: %s -> %s", claim.eventId(),
                        claim.eventType(), claim.subscriptionId(), claim.attempts() + 1,
                        result.statusCode() != null ? "HTTP " + result.statusCode() : result.error(),
                        outcome.orElse("subscription gone"));
            }
            if (claims.size() < settings.batchSize()) {
                return attempted;
            }
        }
    }

    private WebhookQueue.Result send(WebhookQueue.Claim claim) {
        Optional<String> refused = WebhookUrls.refusal(claim.url(), config.webhooks().allowHttpLoopback(),
                WebhookSubscriptions.DNS);
        if (refused.isPresent()) {
            return new WebhookQueue.Result(null, "not sent: the URL " + refused.get());
        }
        String secret = phi.open(WebhookSubscription.SECRET, claim.sealedSecret());
        long t = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url()))
                .timeout(config.webhooks().requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "carenet-webhooks/1")
                .header(WebhookSignature.EVENT_ID_HEADER, claim.eventId().toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, t, claim.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(claim.payload()))
                .build();
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            return new WebhookQueue.Result(response.statusCode(), null);
        } catch (HttpTimeoutException e) {
            return new WebhookQueue.Result(null, "timed out after " + config.webhooks().requestTimeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return new WebhookQueue.Result(null, "connection refused");
        } catch (IOException e) {
            return new WebhookQueue.Result(null, "connection failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookQueue.Result(null, "interrupted (the service was stopping)");
        }
    }

    private HttpClient client() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(config.webhooks().requestTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
            }
        }
        return http;
    }
}

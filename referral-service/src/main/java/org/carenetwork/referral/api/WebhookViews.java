package org.carenetwork.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carenetwork.referral.domain.BusinessStatus;
import org.carenetwork.referral.domain.ReferralStatus;
import org.carenetwork.referral.domain.WebhookSignature;
import org.carenetwork.referral.domain.WebhookUrls;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API shapes of webhook subscriptions, their deliveries, and the body each delivery sends. */
public final class WebhookViews {

    /** The events a subscription may name. */
    public static final int MAX_EVENTS = 2;

    private WebhookViews() {
    }

    /** An event name's schema (the scanner's view of the list's items). */
    @Schema(name = "WebhookEventType", type = SchemaType.STRING, enumeration = {"referral.created", "referral.status_changed"},
            description = "`referral.created`: a referral was sent (by this partner); `referral.status_changed`: its "
                    + "`status` or `businessStatus` changed.")
    public static final class EventName {
        private EventName() {
        }
    }

    @Schema(name = "WebhookSubscriptionInput", description = "Where to POST which events. The URL must be https and "
            + "resolve to public addresses (a local `http://127.0.0.1` receiver only in the dev and local set-ups); "
            + "else 422 naming `url`.")
    public record Form(
            @Schema(description = "The receiver's URL: https, no user name or password, no fragment, a host whose every "
                    + "address is public.", minLength = 1, maxLength = WebhookUrls.MAX_LENGTH,
                    example = "https://partner.example/hooks/carenet")
            @NotBlank @Size(max = WebhookUrls.MAX_LENGTH) String url,
            @Schema(type = SchemaType.ARRAY, implementation = EventName.class, minItems = 1, maxItems = MAX_EVENTS,
                    description = "The events to receive (each once).")
            @NotNull @Size(min = 1, max = MAX_EVENTS) List<@NotNull @Size(max = 40) String> events) {
    }

    @Schema(name = "WebhookSubscription", description = "A webhook subscription. Its secret was shown once, when it "
            + "was created.")
    public record Subscription(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = WebhookUrls.MAX_LENGTH, format = "uri") String url,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = EventName.class, minItems = 1,
                    maxItems = MAX_EVENTS) List<String> events,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "CreatedWebhookSubscription", description = "The new subscription with its signing `secret`: shown "
            + "this once and never again (keep it where your receiver can read it; to change it, delete the "
            + "subscription and create another).")
    public record Created(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = WebhookUrls.MAX_LENGTH, format = "uri") String url,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = EventName.class, minItems = 1,
                    maxItems = MAX_EVENTS) List<String> events,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, minLength = WebhookSignature.SECRET_LENGTH, maxLength = WebhookSignature.SECRET_LENGTH,
                    pattern = "^whsec_[A-Za-z0-9_-]{43}$", description = "The HMAC-SHA256 key of "
                    + "`X-Carenet-Signature` (its UTF-8 bytes, `whsec_` included).")
            String secret) {
    }

    @Schema(name = "WebhookDeliveryAttempt", description = "One attempt to deliver one event: when, the receiver's "
            + "HTTP status or the error, and when the next attempt is due.")
    public record Attempt(
            @Schema(required = true, description = "The event's stable id (`X-Carenet-Event-Id`).") UUID eventId,
            @Schema(required = true, type = SchemaType.STRING, implementation = EventName.class) String eventType,
            @Schema(required = true) UUID referralId,
            @Schema(required = true, minimum = "1", maximum = "1000", description = "1 for the first attempt.") int attempt,
            @Schema(required = true) Instant at,
            @Schema(required = true, nullable = true, minimum = "100", maximum = "599", format = "int32",
                    description = "The receiver's HTTP status; null when there was no answer (see `error`).")
            Integer statusCode,
            @Schema(required = true, nullable = true, maxLength = 300, description = "Why there was no answer "
                    + "(connection refused, timed out, address refused...); null when there was one.") String error,
            @Schema(required = true, enumeration = {"DELIVERED", "RETRYING", "GAVE_UP"}, description = "`DELIVERED`: a "
                    + "2xx; `RETRYING`: another attempt is due at `nextAttemptAt`; `GAVE_UP`: the retry period (24 h "
                    + "after the change) is over.") String outcome,
            @Schema(required = true, nullable = true, maxLength = 40, format = "date-time",
                    description = "When the next attempt is due; null unless `RETRYING`.") Instant nextAttemptAt) {
    }

    /**
     * The body of a delivery: which event, about which referral, the state after it. No PHI: the
     * receiver reads the referral ({@code GET /referrals/{id}}) with its own credentials for more.
     */
    public record Event(UUID id, String type, UUID referralId, ReferralStatus status, BusinessStatus businessStatus,
                        Instant occurredAt) {
    }
}

package org.carenetwork.referral.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.web.Page;
import org.carenetwork.referral.api.WebhookViews;
import org.carenetwork.referral.service.WebhookSubscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partner's webhooks: each sees and deletes its own only (another's is a 404). */
@Path("/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PARTNER")
@Tag(name = OperationText.WEBHOOK_TAG, description = OperationText.WEBHOOK_TAG_DESCRIPTION)
public class WebhookSubscriptionResource {

    private static final String DELIVERY = """
            Each event is POSTed to the URL as JSON, `{"id", "type", "referralId", "status", "businessStatus", \
            "occurredAt"}` (no personal details: read the referral with your credentials for more), with \
            `X-Carenet-Event-Id` (the event's stable id: deliveries are at-least-once, so dedupe on it) and \
            `X-Carenet-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + body, keyed with the secret>`. A 2xx \
            answer is delivered; anything else (or none within 5 s) is tried again with exponential back-off (30 s, \
            doubling, at most an hour apart) for 24 hours after the change, each attempt recorded \
            (`GET /webhook-subscriptions/{id}/deliveries`). Redirects are not followed.""";

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe to the changes of your referrals",
            description = """
                    Roles: PARTNER.

                    Where to POST which events about the referrals you send: `referral.created`, \
                    `referral.status_changed` (its `status` or `businessStatus` changed). The URL must be https, \
                    carry no user name, password or fragment, and name a host whose every address is public (not \
                    private, loopback or link-local: else 422 naming `url`); a local `http://127.0.0.1` receiver is \
                    taken only in the dev and local set-ups. The answer carries the signing `secret`, shown this once \
                    and never again. At most 20 subscriptions per partner (409 past that).

                    """ + DELIVERY)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookViews.Form.class),
            examples = @ExampleObject(name = "both-events", summary = "Both events to one receiver",
                    value = Examples.SUBSCRIPTION_INPUT)))
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is in this answer only.",
            headers = @Header(name = "Location", description = "Where the subscription is: an absolute URL ending in "
                    + "`/webhook-subscriptions/{id}`.", schema = @Schema(type = SchemaType.STRING, format = "uri",
                    maxLength = 2000, pattern = "/webhook-subscriptions/[0-9a-f-]{36}$")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookViews.Created.class),
                    examples = @ExampleObject(name = "created", summary = "With its secret",
                            value = Examples.SUBSCRIPTION_CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(WebhookViews.Form form) {
        WebhookViews.Created created = subscriptions.create(form, who());
        return Response.created(URI.create("/webhook-subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Your webhook subscriptions",
            description = "Roles: PARTNER.\n\nYour subscriptions, oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "One page of your subscriptions.")
    public Page<WebhookViews.Subscription> list(@Parameter(description = OperationText.PAGE) @QueryParam("page")
                                                @DefaultValue("0") @Min(0) @Max(OperationText.MAX_PAGE) int page,
                                                @Parameter(description = OperationText.SIZE) @QueryParam("size")
                                                @DefaultValue("20") @Min(1) @Max(100) int size) {
        return subscriptions.list(who(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One of your webhook subscriptions",
            description = "Roles: PARTNER.\n\nThe subscription, without its secret; another partner's is a 404.")
    @APIResponse(responseCode = "200", description = "The subscription.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookViews.Subscription.class),
                    examples = @ExampleObject(name = "subscription", summary = "A subscription", value = Examples.SUBSCRIPTION)))
    public WebhookViews.Subscription get(@Parameter(description = OperationText.SUBSCRIPTION_ID,
                                                 example = OperationText.SUBSCRIPTION_ID_EXAMPLE,
                                                 schema = @Schema(implementation = UUID.class))
                                         @PathParam("id") String id) {
        return subscriptions.get(Ids.uuid("id", id), who());
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.WILDCARD) // no body to negotiate: any Accept (application/problem+json too) gets the 204
    @Operation(operationId = "deleteWebhookSubscription", summary = "Unsubscribe",
            description = "Roles: PARTNER.\n\nDeletes the subscription; deliveries still owed to it are dropped. "
                    + "Another partner's is a 404.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = OperationText.SUBSCRIPTION_ID, example = OperationText.SUBSCRIPTION_ID_EXAMPLE,
                               schema = @Schema(implementation = UUID.class))
                       @PathParam("id") String id) {
        subscriptions.delete(Ids.uuid("id", id), who());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery attempts of a subscription",
            description = "Roles: PARTNER.\n\nEvery attempt to deliver an event to the subscription, newest first: when, "
                    + "the receiver's HTTP status or the error, the attempt's number, and when the next one is due. "
                    + "Another partner's subscription is a 404.\n\n" + DELIVERY)
    @APIResponse(responseCode = "200", description = "One page of attempts, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "WebhookDeliveryAttemptPage"),
                    examples = @ExampleObject(name = "retried", summary = "A 500, then delivered on the retry",
                            value = Examples.ATTEMPTS)))
    public Page<WebhookViews.Attempt> deliveries(@Parameter(description = OperationText.SUBSCRIPTION_ID,
                                                         example = OperationText.SUBSCRIPTION_ID_EXAMPLE,
                                                         schema = @Schema(implementation = UUID.class))
                                                 @PathParam("id") String id,
                                                 @Parameter(description = OperationText.PAGE) @QueryParam("page")
                                                 @DefaultValue("0") @Min(0) @Max(OperationText.MAX_PAGE) int page,
                                                 @Parameter(description = OperationText.SIZE) @QueryParam("size")
                                                 @DefaultValue("20") @Min(1) @Max(100) int size) {
        return subscriptions.attempts(Ids.uuid("id", id), who(), page, size);
    }

    private String who() {
        return identity.getPrincipal().getName();
    }
}

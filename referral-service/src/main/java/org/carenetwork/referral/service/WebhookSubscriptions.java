package org.carenetwork.referral.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.referral.api.WebhookViews;
import org.carenetwork.referral.config.ReferralConfig;
import org.carenetwork.referral.domain.EventType;
import org.carenetwork.referral.domain.Phi;
import org.carenetwork.referral.domain.WebhookSignature;
import org.carenetwork.referral.domain.WebhookSubscription;
import org.carenetwork.referral.domain.WebhookUrls;
import org.jboss.logging.Logger;

/**
 * A partner's webhook subscriptions: created with a secret shown once, listed, read and deleted by
 * their owner only (another partner's is a 404), and the record of each delivery attempt.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    /** The real resolver: DNS, or an address literal as it is. */
    static final WebhookUrls.Resolver DNS = host -> Arrays.asList(InetAddress.getAllByName(host));

    private static final Logger LOG = Logger.getLogger(WebhookSubscriptions.class);

    private static final String ATTEMPTS = """
            SELECT e.id, e.type, e.referral_id, a.attempt, a.attempted_at, a.status_code, a.error, a.outcome,
                   a.next_attempt_at
            FROM webhook_attempt a
            JOIN webhook_delivery d ON d.id = a.delivery_id
            JOIN referral_event e ON e.id = d.event_id
            WHERE d.subscription_id = ?
            ORDER BY a.attempted_at DESC, a.id DESC
            LIMIT ? OFFSET ?
            """;
    private static final String COUNT_ATTEMPTS = """
            SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
            WHERE d.subscription_id = ?
            """;

    @Inject
    ReferralConfig config;

    @Inject
    Phi phi;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Transactional
    public WebhookViews.Created create(WebhookViews.Form form, String owner) {
        if (form == null) {
            throw ProblemException.badField("body", "is required: the subscription as JSON");
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.url() == null || form.url().isBlank()) {
            errors.add(new FieldError("url", "is required: the https URL to POST events to"));
        } else if (form.url().length() > WebhookUrls.MAX_LENGTH) {
            errors.add(new FieldError("url", "must be at most " + WebhookUrls.MAX_LENGTH + " characters"));
        }
        Set<String> events = new LinkedHashSet<>();
        if (form.events() == null || form.events().isEmpty()) {
            errors.add(new FieldError("events", "is required: one or more of " + EventType.names()));
        } else {
            for (int i = 0; i < form.events().size(); i++) {
                String name = form.events().get(i);
                if (name == null || EventType.fromWire(name).isEmpty()) {
                    errors.add(new FieldError("events[" + i + "]", "'" + Enums.shown(String.valueOf(name))
                            + "' is not one of " + EventType.names()));
                } else if (!events.add(name)) {
                    errors.add(new FieldError("events[" + i + "]", "names " + name + " twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
        WebhookUrls.refusal(form.url(), config.webhooks().allowHttpLoopback(), DNS).ifPresent(reason -> {
            throw ProblemException.unprocessable("url", reason);
        });
        if (WebhookSubscription.count("owner", owner) >= config.webhooks().maxSubscriptionsPerOwner()) {
            throw ProblemException.conflict("You have " + config.webhooks().maxSubscriptionsPerOwner()
                    + " webhook subscriptions, the most one partner may keep; delete one first");
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.owner = owner;
        s.url = form.url();
        s.events = events.toArray(String[]::new);
        s.secret = phi.seal(WebhookSubscription.SECRET, secret);
        s.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        s.persist();
        LOG.infof("webhook subscription %s created by %s for %s", s.id, owner, events);
        return new WebhookViews.Created(s.id, s.url, List.of(s.events), s.createdAt, secret);
    }

    public org.carenetwork.common.web.Page<WebhookViews.Subscription> list(String owner, int page, int size) {
        var query = WebhookSubscription.<WebhookSubscription>find("owner", Sort.by("createdAt").and("id"), owner);
        List<WebhookViews.Subscription> items = query.page(Page.of(page, size)).list().stream()
                .map(WebhookSubscriptions::view).toList();
        return new org.carenetwork.common.web.Page<>(items, page, size, query.count());
    }

    public WebhookViews.Subscription get(UUID id, String owner) {
        return view(own(id, owner));
    }

    @Transactional
    public void delete(UUID id, String owner) {
        own(id, owner).delete();
        LOG.infof("webhook subscription %s deleted by %s", id, owner);
    }

    /** The attempts to deliver to this subscription, newest first. */
    public org.carenetwork.common.web.Page<WebhookViews.Attempt> attempts(UUID id, String owner, int page, int size) {
        own(id, owner);
        List<WebhookViews.Attempt> items = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(ATTEMPTS)) {
                s.setObject(1, id);
                s.setInt(2, size);
                s.setLong(3, (long) page * size);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Timestamp next = rs.getTimestamp(9);
                        items.add(new WebhookViews.Attempt(rs.getObject(1, UUID.class), rs.getString(2),
                                rs.getObject(3, UUID.class), rs.getInt(4), rs.getTimestamp(5).toInstant(),
                                (Integer) rs.getObject(6), rs.getString(7), rs.getString(8),
                                next == null ? null : next.toInstant()));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(COUNT_ATTEMPTS)) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the delivery attempts", e);
        }
        return new org.carenetwork.common.web.Page<>(items, page, size, total);
    }

    private static WebhookSubscription own(UUID id, String owner) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || !s.owner.equals(owner)) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        return s;
    }

    private static WebhookViews.Subscription view(WebhookSubscription s) {
        return new WebhookViews.Subscription(s.id, s.url, List.of(s.events), s.createdAt);
    }
}

package org.carenetwork.referral.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook tells: a referral was sent, or its status or business status changed. */
public enum EventType {
    REFERRAL_CREATED("referral.created"),
    REFERRAL_STATUS_CHANGED("referral.status_changed");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    /** The name on the wire and in subscriptions: {@code referral.status_changed}. */
    public String wire() {
        return wire;
    }

    public static Optional<EventType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(EventType::wire).toList());
    }
}

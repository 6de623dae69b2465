package org.carenetwork.facility.api;

/** Bounds the OpenAPI document states in several places, written once. */
public final class ApiBounds {

    /** A version is a bigint the database counts up: its bound is Long.MAX_VALUE. */
    public static final String MAX_LONG = "9223372036854775807";

    /** The largest request body (quarkus.http.limits.max-body-size, 100M): no count of an import's rows passes it. */
    public static final int MAX_BODY_BYTES = 100 * 1024 * 1024;

    private ApiBounds() {
    }
}

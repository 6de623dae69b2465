package org.carenetwork.common.openapi;

/**
 * The extensions a service's document carries for the gateway, which routes and guards every
 * operation from them (nothing about a route is written twice).
 */
public final class ContractExtensions {

    /** Who may call the operation, from its {@code @RolesAllowed}; absent: anyone. */
    public static final String ROLES = "x-roles";

    /** A POST that stores nothing (a score, a network check): rate-limited as a read. */
    public static final String COMPUTES_ONLY = "x-computes-only";

    /** An operation whose body is a file (the directory import): the larger body limit and the long timeout. */
    public static final String CARRIES_FILE = "x-carries-file";

    private ContractExtensions() {
    }
}

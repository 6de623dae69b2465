package org.carenetwork.facility.rest;

import org.carenetwork.common.problem.ProblemException;

/**
 * {@code If-Match} and {@code If-None-Match} as a caller sends them back: the tags this service
 * issued (29 characters each, see {@code Etags}), a list of them, or {@code *}. A longer header
 * names no tag of ours, so it is refused instead of being compared tag by tag.
 */
final class TagHeaders {

    static final int MAX_LENGTH = 1000;

    private TagHeaders() {
    }

    /** The header as sent, when it is not longer than {@link #MAX_LENGTH}; else a 400 naming it. */
    static String check(String name, String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            throw ProblemException.badField(name, "is at most " + MAX_LENGTH + " characters");
        }
        return value;
    }
}

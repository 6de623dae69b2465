package org.carenetwork.common.problem;

import java.util.UUID;

/** Parses identifiers from paths and bodies, failing with a 400 that names the field. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badField(field, "is required");
        }
        try {
            if (raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(field, "is not a valid id (expected a UUID)");
        }
    }
}

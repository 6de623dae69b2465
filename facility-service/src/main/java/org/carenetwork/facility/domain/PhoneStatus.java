package org.carenetwork.facility.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a facility's phone is shown, and why not. */
@Schema(name = "PhoneStatus", description = "`LISTED`: `phone` is the number the catalog lists. `DISCONNECTED`: a "
        + "confirmed listing report found the listed number disconnected, so it is withheld (`phone` is null) until "
        + "the catalog lists another or the report is marked `FIXED`. `NONE`: the catalog has no number.")
public enum PhoneStatus { LISTED, DISCONNECTED, NONE }

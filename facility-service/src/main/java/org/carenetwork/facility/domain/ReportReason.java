package org.carenetwork.facility.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a caller reports a listing as wrong. */
@Schema(name = "ReportReason", description = "Why a listing is wrong: its phone is disconnected, a program is not "
        + "accepting, the site has closed, the address is wrong, or something else (say what in `note`).")
public enum ReportReason { PHONE_DISCONNECTED, NOT_ACCEPTING, CLOSED, WRONG_ADDRESS, OTHER }

package org.carenetwork.facility.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a listing comes from: the network's own sites, or a national directory's. */
@Schema(name = "FacilitySource", description = "`NETWORK` for the network's own sites, `DIRECTORY` for listings imported "
        + "from a national directory.")
public enum Source { NETWORK, DIRECTORY }

package org.carenetwork.facility.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a site's coordinates were obtained. {@code ROOFTOP}: entered for the site itself (the
 * network's own sites, by staff, who know the building); {@code DIRECTORY}: as a national
 * directory's file gave them (geocoded by whoever published it); {@code ZIP_CENTROID}: the file gave
 * none, so the site is placed at its ZIP code's centroid (some miles off in a large ZIP code).
 */
@Schema(name = "LocationPrecision", description = "How the coordinates were obtained: `ROOFTOP`, entered for the site "
        + "itself (the network's own sites); `DIRECTORY`, as the national directory's file gave them; `ZIP_CENTROID`, "
        + "the file gave none and the site is placed at its ZIP code's centroid, which can be miles from the door.")
public enum LocationPrecision { ROOFTOP, DIRECTORY, ZIP_CENTROID }

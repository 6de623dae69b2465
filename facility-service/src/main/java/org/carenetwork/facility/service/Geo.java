package org.carenetwork.facility.service;

/**
 * Distance search in earthdistance's space. {@code ll_to_earth} puts a site at (x, y, z) on a
 * sphere of radius earth() = 6,378,168 m; the straight-line (chord) distance between two such
 * points grows with the great-circle distance, so "within r miles" is "chord at most c" for one
 * c worked out here, and the cube of half-side c around the centre holds every such point. The
 * database then compares stored points with a box and a number: no function per row.
 * Distances reported are great-circle distances on the mean Earth radius (6,371,008.8 m, IUGG).
 */
final class Geo {

    static final double METRES_PER_MILE = 1609.344;
    /** The radius earthdistance's earth() places points on. */
    static final double SPHERE_RADIUS_M = 6378168.0;
    static final double MEAN_EARTH_RADIUS_M = 6371008.8;

    private Geo() {
    }

    static double[] xyz(double lat, double lon) {
        double la = Math.toRadians(lat);
        double lo = Math.toRadians(lon);
        return new double[] {SPHERE_RADIUS_M * Math.cos(la) * Math.cos(lo), SPHERE_RADIUS_M * Math.cos(la) * Math.sin(lo),
                SPHERE_RADIUS_M * Math.sin(la)};
    }

    /** The chord, in earthdistance's metres, of a great-circle distance of {@code radiusMiles}. */
    static double chord(SearchQuery.Center c) {
        double angle = c.radiusMiles() * METRES_PER_MILE / MEAN_EARTH_RADIUS_M;
        return 2 * SPHERE_RADIUS_M * Math.sin(Math.min(angle, Math.PI) / 2);
    }

    /** The centre as a cube literal. */
    static String point(SearchQuery.Center c) {
        double[] p = xyz(c.lat(), c.lon());
        return "(" + p[0] + ", " + p[1] + ", " + p[2] + ")";
    }

    /** The box around the centre that holds every point within the chord. */
    static String box(SearchQuery.Center c) {
        double[] p = xyz(c.lat(), c.lon());
        // A metre of slack: the stored points went through floating point too.
        double h = chord(c) + 1;
        return "(" + (p[0] - h) + ", " + (p[1] - h) + ", " + (p[2] - h) + "),(" + (p[0] + h) + ", " + (p[1] + h) + ", "
                + (p[2] + h) + ")";
    }

    /** Great-circle miles (mean Earth radius) of a chord in earthdistance's metres. */
    static double miles(double chord) {
        double angle = 2 * Math.asin(Math.min(1, chord / (2 * SPHERE_RADIUS_M)));
        return angle * MEAN_EARTH_RADIUS_M / METRES_PER_MILE;
    }
}

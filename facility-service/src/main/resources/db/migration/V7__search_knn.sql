-- The distance search as a top-k nearest query (FacilityStore.search, bench/README.md).
--
-- One GiST index on the stored point answers the three parts of a search: the bounding cube
-- (earth <@ box), the nearest-first order (ORDER BY earth <-> centre: the cube operator class's
-- KNN distance, the same Euclidean chord as cube_distance) and, carrying the id and the level
-- list, the level filter and the capped count without reading the table (an index-only scan:
-- cube's operator class stores the points as they are, so the index returns them). Closed sites
-- are in no search: the predicate leaves them out of the index too.
-- It replaces V1's facility_earth_idx, which every search used and nothing else.
CREATE INDEX facility_earth_knn_idx ON facility USING gist (earth) INCLUDE (id, levels)
    WHERE deleted_at IS NULL AND NOT closed;
DROP INDEX facility_earth_idx;

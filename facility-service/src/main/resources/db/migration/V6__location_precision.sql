-- Directory layouts without coordinates (issue 18): how a site was placed, and one key for "the
-- same site" whatever file or layout it came from.

-- How the site's coordinates were obtained: DIRECTORY (the directory file gave them), ZIP_CENTROID
-- (the file had none: placed at its ZIP code's centroid, zip_centroid), ROOFTOP (entered for the
-- site itself: the network's own sites, by staff). Null exactly when there are no coordinates.
ALTER TABLE facility ADD COLUMN location_precision text
    CHECK (location_precision IN ('ROOFTOP', 'DIRECTORY', 'ZIP_CENTROID'));
UPDATE facility SET location_precision = CASE WHEN lat IS NULL THEN NULL
                                              WHEN source = 'NETWORK' THEN 'ROOFTOP' ELSE 'DIRECTORY' END;

-- A writer that does not name it (other services' tests insert bare rows, some with coordinates)
-- gets the value its source implies; a row without coordinates has none.
CREATE FUNCTION facility_default_precision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.lat IS NULL THEN
        NEW.location_precision := NULL;
    ELSIF NEW.location_precision IS NULL THEN
        NEW.location_precision := CASE WHEN NEW.source = 'NETWORK' THEN 'ROOFTOP' ELSE 'DIRECTORY' END;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER facility_precision BEFORE INSERT OR UPDATE OF lat, lon, location_precision ON facility
    FOR EACH ROW EXECUTE FUNCTION facility_default_precision();
ALTER TABLE facility ADD CONSTRAINT facility_precision_with_location CHECK ((lat IS NULL) = (location_precision IS NULL));

-- The site key: the same site from two files (or a directory row and a network site) is the same
-- key. Normalised: ASCII letters lower-cased, every run of ASCII punctuation and white space one
-- space (non-ASCII letters are kept as they are, so Java and the database agree whatever the
-- collation), "and" dropped from names ("A & B" = "A and B"), common street words abbreviated as
-- USPS Publication 28 does (Street = St, Suite = Ste, North = N, ...), the first five digits of the ZIP.
-- The import computes the same key in Java (service/importing/SiteKey.java);
-- DirectoryImportTests check that both agree on every row of the national file.
CREATE FUNCTION site_key_words(s text, street boolean) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(x.w, ' ' ORDER BY x.n), '')
    FROM (SELECT t.n, CASE
                 WHEN NOT street THEN CASE WHEN t.w = 'and' THEN '' ELSE t.w END
                 ELSE CASE t.w
                     WHEN 'street' THEN 'st' WHEN 'str' THEN 'st' WHEN 'avenue' THEN 'ave' WHEN 'av' THEN 'ave'
                     WHEN 'road' THEN 'rd' WHEN 'drive' THEN 'dr' WHEN 'boulevard' THEN 'blvd' WHEN 'lane' THEN 'ln'
                     WHEN 'court' THEN 'ct' WHEN 'place' THEN 'pl' WHEN 'parkway' THEN 'pkwy' WHEN 'highway' THEN 'hwy'
                     WHEN 'circle' THEN 'cir' WHEN 'terrace' THEN 'ter' WHEN 'square' THEN 'sq' WHEN 'route' THEN 'rte'
                     WHEN 'expressway' THEN 'expy' WHEN 'freeway' THEN 'fwy' WHEN 'turnpike' THEN 'tpke'
                     WHEN 'suite' THEN 'ste' WHEN 'building' THEN 'bldg' WHEN 'floor' THEN 'fl' WHEN 'room' THEN 'rm'
                     WHEN 'apartment' THEN 'apt' WHEN 'department' THEN 'dept'
                     WHEN 'north' THEN 'n' WHEN 'south' THEN 's' WHEN 'east' THEN 'e' WHEN 'west' THEN 'w'
                     WHEN 'northeast' THEN 'ne' WHEN 'northwest' THEN 'nw' WHEN 'southeast' THEN 'se'
                     WHEN 'southwest' THEN 'sw'
                     ELSE t.w END END AS w
          FROM regexp_split_to_table(btrim(regexp_replace(
                   translate(coalesce(s, ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),
                   '[^a-z0-9\u0080-\U0010ffff]+', ' ', 'g')), ' ') WITH ORDINALITY AS t(w, n)) x
    WHERE x.w <> ''
$$;

CREATE FUNCTION site_key(name text, line1 text, line2 text, city text, state text, postal_code text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT site_key_words(name, false) || '|' || site_key_words(concat_ws(' ', line1, line2), true)
        || '|' || site_key_words(city, false) || '|' || site_key_words(state, false)
        || '|' || left(coalesce(postal_code, ''), 5)
$$;

-- Listings imported before this change carry the old key (name parts and two street lines
-- apart, no abbreviations): recomputed from what the row holds, so a re-import of the same file
-- matches them. Where two old listings now share a key (the same site spelt two ways), the one
-- imported first takes it and the others keep their old key (a later import updates the first).
WITH keyed AS (
    SELECT id, site_key(name, line1, line2, city, state, postal_code) AS k,
           row_number() OVER (PARTITION BY site_key(name, line1, line2, city, state, postal_code)
                              ORDER BY created_at, id) AS nth
    FROM facility WHERE source = 'DIRECTORY' AND natural_key IS NOT NULL)
UPDATE facility f SET natural_key = keyed.k FROM keyed WHERE f.id = keyed.id AND keyed.nth = 1;

-- A directory row is matched against the network's own sites on the same key (and never written
-- over them): this index answers that lookup, one per import batch.
CREATE INDEX facility_network_site_key_idx ON facility (site_key(name, line1, line2, city, state, postal_code))
    WHERE source = 'NETWORK' AND deleted_at IS NULL;

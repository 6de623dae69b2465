-- Listing reports go somewhere: each has a status (OPEN → CONFIRMED | FIXED | DISMISSED,
-- CONFIRMED → FIXED) and a history of who moved it, when and why. A CONFIRMED report of a closed
-- site or a disconnected phone changes what the catalog shows; the facility row carries that
-- effect so a search tests a column, never the reports:
--   closed               a CONFIRMED CLOSED report about the site: left out of every search
--   disconnected_phones  the numbers CONFIRMED PHONE_DISCONNECTED reports found dead: the
--                        facility's phone is withheld while it is one of them (a new number shows)
-- (Numbered 5, not 4: another change of this service was taking 4 at the same time.)
ALTER TABLE listing_report
    ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONFIRMED', 'FIXED', 'DISMISSED')),
    -- The facility's phone when a PHONE_DISCONNECTED report was confirmed: the number found dead.
    ADD COLUMN confirmed_phone text CHECK (length(confirmed_phone) <= 60);

-- The queue across facilities: by status, oldest first.
CREATE INDEX listing_report_queue_idx ON listing_report (status, created_at, id);

CREATE TABLE listing_report_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id   uuid NOT NULL REFERENCES listing_report (id) ON DELETE CASCADE,
    from_status text CHECK (from_status IN ('OPEN', 'CONFIRMED', 'FIXED', 'DISMISSED')),
    to_status   text NOT NULL CHECK (to_status IN ('OPEN', 'CONFIRMED', 'FIXED', 'DISMISSED')),
    -- Staff's JWT subject; for the filing (from_status NULL) the reporter's role, never a name.
    changed_by  text NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 200),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    note        text CHECK (length(note) <= 1000)
);
CREATE INDEX listing_report_change_report_idx ON listing_report_change (report_id, id);

-- Reports filed before statuses existed: open, filed when they were created.
INSERT INTO listing_report_change (report_id, from_status, to_status, changed_by, changed_at)
SELECT id, NULL, 'OPEN', reported_by, created_at FROM listing_report;

ALTER TABLE facility
    ADD COLUMN closed boolean NOT NULL DEFAULT false,
    ADD COLUMN disconnected_phones text[] NOT NULL DEFAULT '{}';

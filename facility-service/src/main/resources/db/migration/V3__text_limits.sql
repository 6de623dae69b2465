-- The lengths the API promises for what it answers (its OpenAPI document: maxLength), held by the
-- database as well as by the code: FacilityInput's limits for API writes, the import's own checks
-- for directory rows, and these for every other writer (scripts, other services' test rows).
ALTER TABLE facility
    ADD CONSTRAINT facility_line1_length CHECK (length(line1) <= 200),
    ADD CONSTRAINT facility_line2_length CHECK (length(line2) <= 200),
    ADD CONSTRAINT facility_phone_length CHECK (length(phone) <= 60),
    ADD CONSTRAINT facility_website_length CHECK (length(website) <= 500),
    ADD CONSTRAINT facility_timezone_length CHECK (length(timezone) <= 64),
    ADD CONSTRAINT facility_note_length CHECK (length(note) <= 2000);

ALTER TABLE organization
    ADD CONSTRAINT organization_website_length CHECK (length(website) <= 500);

-- A brand's phone line and its colours, for the find-care page a brand site embeds (gateway's
-- reference page): optional, as an organization without them shows the network's defaults.
ALTER TABLE organization
    ADD COLUMN phone text CONSTRAINT organization_phone_length CHECK (length(phone) BETWEEN 1 AND 30),
    ADD COLUMN primary_color text CONSTRAINT organization_primary_color_hex CHECK (primary_color ~ '^#[0-9a-f]{6}$'),
    ADD COLUMN accent_color text CONSTRAINT organization_accent_color_hex CHECK (accent_color ~ '^#[0-9a-f]{6}$');

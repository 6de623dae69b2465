-- Who created the assessment, when a referral partner did (its client name, as the token says):
-- a partner may read back, with the respondent's consent, only the assessments it took itself.
-- Not PHI: the partner's name, never the person's. NULL for the website and for staff.
ALTER TABLE assessment ADD COLUMN created_by_partner text;

-- A keyed fingerprint (HMAC-SHA256, common-web Idempotency) of the request an Idempotency-Key
-- was first used with, so a retry is told apart from another request without opening the
-- answers. Rows from before it have none: their retries are compared with the opened answers.
ALTER TABLE assessment ADD COLUMN request_fingerprint text CHECK (length(request_fingerprint) = 64);

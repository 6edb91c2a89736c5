-- A session whose customer id came with a valid HMAC (WIDGET_IDENTITY_SECRET) is marked so that agents can trust
-- that the customer is the site's signed-in user.
ALTER TABLE sessions ADD COLUMN identity_verified BOOLEAN NOT NULL DEFAULT FALSE;

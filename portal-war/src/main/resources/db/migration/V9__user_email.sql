-- A user's e-mail address, optional: where notifications of what awaits the user go when the portal sends mail.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);

-- A release whose source gives no date has no day: it is listed with a null date and lands in no bucket.
ALTER TABLE tool_release ALTER COLUMN pub_day DROP NOT NULL;

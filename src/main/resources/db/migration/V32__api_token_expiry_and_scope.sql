-- Personal API tokens end: each has an expiry chosen at creation (at most the configured maximum) and may be
-- limited to reading. Tokens issued before expiry existed run for the default maximum from their creation.
alter table api_token add column expires_at timestamptz;
alter table api_token add column read_only boolean not null default false;

update api_token set expires_at = created_at + interval '90 days' where expires_at is null;

alter table api_token alter column expires_at set not null;

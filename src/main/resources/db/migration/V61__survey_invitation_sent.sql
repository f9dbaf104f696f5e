-- "Surveys sent" counts invitations whose mail was delivered, not invitations created: the delivery sets sent_at.
-- Invitations from before the desk sent mail were counted as sent when created (staff passed their link on) and
-- keep that count.
alter table survey_invitation add column sent_at timestamptz;
update survey_invitation set sent_at = created_at;

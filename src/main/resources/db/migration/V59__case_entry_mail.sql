-- A case's messages that travelled by e-mail: the outgoing message a reply became (its delivery state is shown
-- beside it) and the incoming mail a client's message came in (the original is kept there).
alter table case_entry
    add column outgoing_message_id bigint,
    add column incoming_mail_id    bigint;

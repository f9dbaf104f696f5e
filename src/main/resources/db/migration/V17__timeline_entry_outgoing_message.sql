-- A line of the client's timeline for a message the desk sent shows that message's delivery state.
alter table timeline_entry add column outgoing_message_id bigint;

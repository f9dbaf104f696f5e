-- A returned order's line on the client's timeline keeps its refund as a value: the detail is the status followed by
-- the amount and the order's currency ("RETURNED 99.99 EUR"), the summary the note alone, and the page says "refund
-- 99.99 EUR" in the reader's language. Lines written before held the status alone and the English sentence
-- "refund 99.99" (followed by ": " and the note) as the summary; they are rewritten to what is written now, the amount
-- taken from the order (with its two decimals) or, should the order have none, from the sentence.
update timeline_entry t
set detail = 'RETURNED ' || coalesce(o.refund_amount::text, substring(t.summary from '^refund ([0-9]+(?:\.[0-9]+)?)'))
               || ' ' || o.currency,
    summary = nullif(btrim(substring(t.summary from '^refund [0-9]+(?:\.[0-9]+)?: (.*)$')), '')
from client_order o
where t.kind = 'ORDER_STATUS_CHANGED'
  and t.detail = 'RETURNED'
  and t.summary ~ '^refund [0-9]+(\.[0-9]+)?(: |$)'
  and o.number = t.subject_ref;

-- Who signed a month's conclusion for the post's Party committee (issue 27, docs/documents.md): chosen by the
-- commander when concluding among the post's users who sign (secretary, deputy secretary), kept as signed — the
-- account, and the function and full name as printed — on the review and on each edition, so a later change of
-- function or name does not change an issued document. Editions concluded before this migration have none: their
-- document prints the function and name of the commander who concluded them when known (ConclusionSigners).
alter table monthly_review
    add column signer_username varchar(100),
    add column signer_function varchar(30),
    add column signer_name     varchar(120);

alter table review_edition
    add column signer_username varchar(100),
    add column signer_function varchar(30),
    add column signer_name     varchar(120);

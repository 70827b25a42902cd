-- A post's user may hold a function in the post's Party committee (issue 27, docs/documents.md): the secretary and
-- the deputy secretary sign the committee's documents "T/M ĐẢNG ỦY"; a standing committee member and a committee
-- member do not. Null: no function (a party member, or not one). Only a user linked to a post holds one.
alter table app_user
    add column party_function varchar(30),
    add constraint app_user_party_function_check check (party_function in
        ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'COMMITTEE_MEMBER')),
    add constraint app_user_party_function_post check (party_function is null or post_id is not null);

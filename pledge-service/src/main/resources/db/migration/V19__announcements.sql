-- Announcements (issue 19): embargoes released and confidential members revealed together, with a communiqué
-- in up to four languages, after two different admins approved the same version. Numbered after the issue so
-- that it does not collide with other service migrations being written meanwhile (out of order is allowed).
create table announcement (
    id                     text        primary key,
    status                 text        not null,
    authoritative_language text        not null,
    release_at             timestamptz,
    trigger_name           text,
    revision               integer     not null,
    ready_at               timestamptz,
    first_approved_by      text,
    first_approver_name    text,
    first_approved_digest  text,
    first_approved_at      timestamptz,
    second_approved_by     text,
    second_approver_name   text,
    approved_at            timestamptz,
    released_at            timestamptz,
    released_by            text,
    released_pledge_ids    text[],
    withdrawn_at           timestamptz,
    withdrawn_by           text,
    withdrawal_reason      text,
    created_by             text        not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);
create index announcement_created on announcement (created_at desc, id desc);
create index announcement_due on announcement (status, release_at);

-- The communiqué: one text per language (en, fr, ar, he), one of them authoritative.
create table announcement_text (
    announcement_id text not null references announcement (id) on delete cascade,
    language        text not null,
    title           text not null,
    body            text not null,
    primary key (announcement_id, language)
);

-- The embargoes it releases (each with the pledges sealed under it) and the members it reveals.
create table announcement_embargo (
    announcement_id text not null references announcement (id) on delete cascade,
    embargo_id      text not null references embargo (id),
    primary key (announcement_id, embargo_id)
);
create index announcement_embargo_embargo on announcement_embargo (embargo_id);

create table announcement_member (
    announcement_id text not null references announcement (id) on delete cascade,
    member_code     text not null references member (code),
    primary key (announcement_id, member_code)
);
create index announcement_member_member on announcement_member (member_code);

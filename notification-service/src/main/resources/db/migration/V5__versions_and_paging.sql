-- Optimistic concurrency (issue 16): a version counter bumped on every change of a webhook subscription
-- or of a recipient's preferences; reads answer it as their ETag, If-Match is checked against it.
alter table webhook_subscription add column version bigint not null default 0;
alter table recipient_preference add column version bigint not null default 0;

-- Keyset paging in a stable order (created_at desc, id desc): the webhook list per owner, and the
-- deliveries of one webhook (their recipient is the subscription id) that its owner lists and recovers.
create index webhook_subscription_owner_page on webhook_subscription (owner_subject, created_at desc, id desc);
create index notification_recipient_page on notification (recipient, created_at desc, id desc) where channel <> 'in-app';

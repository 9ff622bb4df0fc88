-- RFC 8058: every non-critical email carries List-Unsubscribe with the recipient's one-click link.
alter table notification add column unsubscribe_url text;

-- Retention purges notices and deliveries with their attempts (see RetentionJanitor).
alter table delivery_attempt drop constraint delivery_attempt_notification_id_fkey;
alter table delivery_attempt add constraint delivery_attempt_notification_id_fkey
    foreign key (notification_id) references notification (id) on delete cascade;
create index notification_read_notices on notification (read_at) where channel = 'in-app' and read_at is not null;
create index notification_sent_deliveries on notification (sent_at) where channel <> 'in-app' and status = 'sent';

-- The owner's roles when the subscription was created or last saved by its owner: they decide which
-- events it may receive (admins all, organisers the events they run, governments members' events).
-- Rows from before this column receive no events until their owner saves them again.
alter table webhook_subscription add column owner_roles text[] not null default '{}';

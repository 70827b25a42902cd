-- The reminder run (vn.phoihop.notification.Reminders) asks for the open tasks due within a few days or overdue
-- within a month, across every post: an index on the open tasks' due dates (177,000 tasks at national scale, most
-- of them done).
create index review_task_open_due_idx on review_task (due_date) where status = 'OPEN';

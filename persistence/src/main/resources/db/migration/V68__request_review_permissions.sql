-- 专技人才审核, 专技人才统计 and 职称确认审核 become functions of their own (SPEC §3.15.4, §3.15.5; one permission per
-- menu function, §3.2.2). Until now the reviewer API of these requests checked 申报材料审核, so every role holding it
-- keeps what it could do.
insert into unit_role_permission (unit_role_id, permission)
select p.unit_role_id, n.permission
from unit_role_permission p
cross join (values ('TALENT_REVIEW'), ('TALENT_STATISTICS'), ('TITLE_CONFIRMATION_REVIEW')) as n (permission)
where p.permission = 'APPLICATION_REVIEW'
on conflict do nothing;

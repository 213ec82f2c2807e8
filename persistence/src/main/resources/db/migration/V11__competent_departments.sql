-- 主管部门配置 (SPEC §3.4): an HRSS unit routes an employer unit's applications (and those of the units below it
-- without a nearer assignment) through a 主管部门 of its region.

create sequence competent_department_assignment_seq start with 50 increment by 50;
create table competent_department_assignment (
    id                  bigint primary key,
    employer_unit_id    bigint      not null references unit (id),
    department_unit_id  bigint      not null references unit (id),
    assigned_by_unit_id bigint      not null references unit (id),
    assigned_at         timestamptz not null,
    version             bigint      not null default 0,
    constraint competent_department_assignment_uq unique (employer_unit_id)
);
create index competent_department_assignment_department_idx on competent_department_assignment (department_unit_id);

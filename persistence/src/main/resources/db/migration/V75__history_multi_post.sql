-- Historical title data under the multi-post engine (SPEC §3.13.1, §3.3): 初定/确认/委托评审 batches uploaded by the
-- issuing authority go through its internal review (经办人 → 领导 per its 多岗审核配置), and every unit of a 职称评审
-- batch's path reviews in its own configured steps. New item type 历史职称数据审核 and the level inside the unit.

alter table multi_post_config drop constraint multi_post_config_item_type_ck;
alter table multi_post_config add constraint multi_post_config_item_type_ck
    check (item_type in ('COMMITTEE_FILING', 'ACTIVITY_PUBLICATION', 'APPLICATION', 'HISTORY_DATA'));

alter table history_batch add column review_level integer not null default 1;
alter table history_batch add constraint history_batch_review_level_ck check (review_level >= 1);

-- Ordered file lists (@OrderColumn) are renumbered by EclipseLink one row at a time when a file is removed from the
-- middle; with an immediate (owner, position) key the intermediate state collides (duplicate key). The keys are
-- checked at commit instead.
alter table application_entry_file drop constraint application_entry_file_pkey,
    add constraint application_entry_file_pkey primary key (entry_id, position) deferrable initially deferred;
alter table certificate_verification_attachment drop constraint certificate_verification_attachment_pkey,
    add constraint certificate_verification_attachment_pkey primary key (verification_id, position)
        deferrable initially deferred;
alter table talent_statistics_attachment drop constraint talent_statistics_attachment_pkey,
    add constraint talent_statistics_attachment_pkey primary key (entry_id, position) deferrable initially deferred;
alter table out_of_province_title_attachment drop constraint out_of_province_title_attachment_pkey,
    add constraint out_of_province_title_attachment_pkey primary key (confirmation_id, position)
        deferrable initially deferred;

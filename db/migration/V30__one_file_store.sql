-- Issue 9: one file store. The PDFs of the older store (module document, V3: stored_document and
-- document_content — statements' decision-basis items and follow-up reports) become attached files
-- (module files, V15, ADR 0014) owned by the case they belong to, and the older tables go.
--   * a basis item's PDF: a file of the case whose referral the statement answers;
--   * a follow-up report's PDF: a file of the case the report was registered as (else the plan's case);
--   * a PDF a basis item had before its statement was changed (only the audit trail names it): a file
--     of that case, depublished (it was never on a public page; it answers 410 as every depublished file);
--   * a PDF that nothing names, not even the audit trail, has no owner to be public or private with:
--     the migration stops rather than lose it (none can arise: each was stored in the transaction that
--     named it).
-- The old address /documents/{id} answers with a permanent redirect to /files/{new id}, through
-- attached_file_former_document. The text of the moved PDFs is extracted for search by the next
-- migration (V31, Java: PDFBox), which updates extracted_text; the search triggers of V16 index the
-- moved files (their names now, their text then).

create table attached_file_former_document (
    id       bigint primary key,                                  -- the id it had in stored_document
    file_id  bigint not null unique references attached_file (id)
);

alter table statement_basis_item add column file_id bigint references attached_file (id);
alter table statement_basis_item_aud add column file_id bigint;
alter table follow_up_report add column file_id bigint references attached_file (id);
alter table follow_up_report_aud add column file_id bigint;

do $$
declare
    d record;
    v_case bigint;
    v_replaced boolean;
    v_file bigint;
    v_rev bigint;
    v_unowned text;
begin
    for d in select sd.id, sd.title, sd.file_name, sd.size_bytes, sd.uploaded_at, sd.uploaded_by, dc.content
             from stored_document sd join document_content dc on dc.document_id = sd.id order by sd.id loop
        v_replaced := false;
        select r.case_id into v_case
        from statement_basis_item b join statement s on s.id = b.statement_id join referral r on r.id = s.referral_id
        where b.document_id = d.id order by b.id limit 1;
        if v_case is null then
            select coalesce(f.case_id, p.case_id) into v_case
            from follow_up_report f join action_plan p on p.id = f.plan_id
            where f.document_id = d.id order by f.id limit 1;
        end if;
        if v_case is null then
            select r.case_id into v_case
            from statement_basis_item_aud b join statement s on s.id = b.statement_id join referral r on r.id = s.referral_id
            where b.document_id = d.id order by b.rev limit 1;
            v_replaced := v_case is not null;
        end if;
        if v_case is null then
            v_unowned := concat_ws(', ', v_unowned, d.id::text);
            continue;
        end if;
        insert into attached_file (case_id, name, file_name, media_type, size_bytes, sha512, created_at, modified_at,
                                   uploaded_by, deleted, deleted_at, deleted_reason)
        values (v_case, d.title, coalesce(nullif(trim(regexp_replace(d.file_name, '[[:cntrl:]]', '', 'g')), ''), 'dokument.pdf'),
                'application/pdf', d.size_bytes,
                encode(sha512(d.content), 'hex'), d.uploaded_at, case when v_replaced then now() else d.uploaded_at end,
                d.uploaded_by, v_replaced, case when v_replaced then now() end,
                case when v_replaced then 'Ersatt i yttrandets beslutsunderlag innan filarkiven slogs ihop' end)
        returning id into v_file;
        insert into attached_file_content (file_id, content) values (v_file, d.content);
        insert into attached_file_former_document (id, file_id) values (d.id, v_file);
        -- the audit trail: the upload at the revision that stored the document
        select min(a.rev) into v_rev from stored_document_aud a where a.id = d.id;
        if v_rev is not null then
            insert into attached_file_aud (id, rev, revtype, case_id, name, file_name, media_type, size_bytes, sha512,
                                           created_at, modified_at, uploaded_by, deleted)
            select f.id, v_rev, 0, f.case_id, f.name, f.file_name, f.media_type, f.size_bytes, f.sha512,
                   f.created_at, f.created_at, f.uploaded_by, false
            from attached_file f where f.id = v_file;
        end if;
    end loop;
    if v_unowned is not null then
        raise exception 'stored_document % names no case (no statement, follow-up report or audit row): not moved', v_unowned
            using errcode = '23514';
    end if;
end
$$;

update statement_basis_item b set file_id = m.file_id from attached_file_former_document m where m.id = b.document_id;
update statement_basis_item_aud b set file_id = m.file_id from attached_file_former_document m where m.id = b.document_id;
update follow_up_report f set file_id = m.file_id from attached_file_former_document m where m.id = f.document_id;
update follow_up_report_aud f set file_id = m.file_id from attached_file_former_document m where m.id = f.document_id;

alter table statement_basis_item drop column document_id;
alter table statement_basis_item_aud drop column document_id;
alter table follow_up_report drop column document_id;
alter table follow_up_report_aud drop column document_id;
drop table document_content;
drop table stored_document_aud;
drop table stored_document;

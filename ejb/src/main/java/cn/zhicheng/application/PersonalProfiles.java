package cn.zhicheng.application;

import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.util.List;

/**
 * 个人中心 → 个人信息 (SPEC §3.8.4 "Pre-filling"): the applicant keeps 个人基本信息, 学历, 资历, 工作经历, 社会团体, 继续教育,
 * 考核 and 考试 between years; {@link Applications#start} copies them into each new application. Same rules as the form.
 */
@Stateless
@RolesAllowed(Role.Names.APPLICANT)
public class PersonalProfiles {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AttachmentService attachments;

    @EJB
    private ProvinceSettings settings;

    public FormView view() {
        Account caller = callers.current();
        ApplicationForm form = formOf(caller, entries(caller));
        FormView.Header header = new FormView.Header(caller.getDisplayName(), Applications.masked(idOf(caller)),
                null, null, null, null, Times.now().getYear(), null, null, null, null, null, null, false);
        return new FormView(null, header, FormEntries.sections(form, null, List.of()), List.of(), List.of(), true,
                null, null);
    }

    public Long saveEntry(EntryInput input) {
        Account caller = callers.current();
        List<ApplicationEntry> entries = entries(caller);
        ApplicationEntry entry = FormEntries.save(em, formOf(caller, entries), null, caller.getId(), entries, input);
        em.flush();
        return entry.getId();
    }

    public void deleteEntry(Long entryId) {
        Account caller = callers.current();
        FormEntries.delete(em, entries(caller), entryId);
    }

    public FormView.FileView attach(Long entryId, String slotKey, InputStream content, String fileName) {
        Account caller = callers.current();
        ApplicationEntry entry = FormEntries.find(entries(caller), entryId);
        EntryFile file = FormEntries.attach(attachments, entry, entry.getSection().file(slotKey), content, fileName,
                null);
        return new FormView.FileView(file.getAttachmentId(), file.getSlot(), file.getFileName());
    }

    public void removeFile(Long entryId, Long attachmentId) {
        Account caller = callers.current();
        FormEntries.find(entries(caller), entryId).removeFile(attachmentId, Times.now());
    }

    private List<ApplicationEntry> entries(Account caller) {
        return FormEntries.ofProfile(em, caller.getId());
    }

    private ApplicationForm formOf(Account caller, List<ApplicationEntry> entries) {
        return ApplicationForm.profile(settings.get(SettingKeys.UI_PROFILE), idOf(caller), entries);
    }

    private static String idOf(Account caller) {
        return caller.getIdNumber() == null ? caller.getLoginName() : caller.getIdNumber().value();
    }
}

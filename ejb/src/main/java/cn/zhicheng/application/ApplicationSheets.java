package cn.zhicheng.application;

import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.insurance.SocialInsuranceRecords;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.UnitScope;
import cn.zhicheng.review.QualificationReviews;
import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * 预览/下载一览表 (issue 6 deliverable 6): the data of the application's PDF for the applicant and, once submitted, for the staff of
 * the units whose scope holds the employer (the review chain) and, once it reached the committee, for the committee's
 * staff (资格审核, SPEC §3.9.5). Anyone else gets "not found".
 */
@Stateless
@PermitAll
public class ApplicationSheets {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private UnitScope unitScope;

    @EJB
    private AttachmentService attachments;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private SocialInsuranceRecords insurance;

    /** What the 一览表 prints of an application the caller may read: the form, the full ID number, the photo. */
    public record SheetData(FormView view, String idNumber, byte[] photo) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public SheetData sheet(Long applicationId) {
        Application application = applicationId == null ? null : em.find(Application.class, applicationId);
        Account caller = callers.current();
        if (application == null || !mayRead(caller, application)) {
            throw new BusinessException("application.notFound");
        }
        ApplicationForm form = new ApplicationForm(settings.get(SettingKeys.UI_PROFILE), application,
                FormEntries.ofApplication(em, applicationId));
        FormView view = Applications.view(em, insurance, form, application);
        return new SheetData(view, application.getIdNumber(), photo(form));
    }

    private boolean mayRead(Account caller, Application application) {
        if (caller.getId().equals(application.getApplicantId())) {
            return true;
        }
        if (QualificationReviews.committeeOf(em, caller)
                .filter(committee -> QualificationReviews.reachedCommitteeOf(application, committee)).isPresent()) {
            return true;
        }
        return application.getStatus() != ApplicationStatus.DRAFT
                && unitScope.isVisible(application.getEmployer().getId());
    }

    private byte[] photo(ApplicationForm form) {
        return form.entriesOf(FormSection.BASIC).stream().flatMap(e -> e.filesIn("photo").stream()).findFirst()
                .map(file -> {
                    try (InputStream in = attachments.open(file.getAttachmentId())) {
                        return in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).orElse(null);
    }
}

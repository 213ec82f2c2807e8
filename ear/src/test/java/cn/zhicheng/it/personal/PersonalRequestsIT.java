package cn.zhicheng.it.personal;

import cn.zhicheng.application.EducationLevel;
import cn.zhicheng.application.OutOfProvinceTitleConfirmations;
import cn.zhicheng.application.OutOfProvinceTitleInput;
import cn.zhicheng.application.OutOfProvinceTitleView;
import cn.zhicheng.application.PoliticalStatus;
import cn.zhicheng.application.TalentCategory;
import cn.zhicheng.application.TalentEntryView;
import cn.zhicheng.application.TalentInput;
import cn.zhicheng.application.TalentStatisticsEntries;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.application.OutOfProvinceTitleConfirmation;
import cn.zhicheng.certificate.CertificateIssuance;
import cn.zhicheng.certificate.CertificateRow;
import cn.zhicheng.certificate.IssuanceRows.HistoryGroup;
import cn.zhicheng.certificate.CertificateVerifications;
import cn.zhicheng.certificate.EvaluationOrganisationKind;
import cn.zhicheng.certificate.MyCertificates;
import cn.zhicheng.certificate.OrganisationOption;
import cn.zhicheng.certificate.VerificationInput;
import cn.zhicheng.certificate.VerificationView;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.ConfirmedTitles;
import cn.zhicheng.history.HistoryBatchStatus;
import cn.zhicheng.history.DocumentNumber;
import cn.zhicheng.history.HistoricalInstitution;
import cn.zhicheng.history.HistoryBatch;
import cn.zhicheng.history.HistoryDetails;
import cn.zhicheng.history.HistoryRecord;
import cn.zhicheng.insurance.InsuranceRecord;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.notice.Message;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.org.ToDo;
import cn.zhicheng.review.PersonalRequestReviews;
import cn.zhicheng.review.PersonalRequestStatus;
import cn.zhicheng.review.PersonalRequestToDos;
import cn.zhicheng.review.RequestFilter;
import cn.zhicheng.review.RequestKind;
import cn.zhicheng.review.RequestReviewRow;
import cn.zhicheng.review.RequestReviewTab;
import cn.zhicheng.review.ReviewerView;
import cn.zhicheng.review.TalentStatisticsRow;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant's own requests inside the real server against PostgreSQL (SPEC §3.8.7, §3.8.9, §3.8.10, §3.15.4,
 * §3.15.5): field validation, attachments checked by content, 提交 routed to the employer chain or to the evaluation
 * organisation's formation unit, 撤回 while unreviewed only, 退回 and 重新提交, 不通过, the flow log, the applicant's
 * messages, 同步社保数据, 我的证书 from reviewed historical data — and that nobody reaches another person's request by
 * its id.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalRequestsIT {

    private static final String PASSWORD = "Right@2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PersonalRequestsIT.class, SignIn.class, TestData.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @EJB
    private Callers callers;

    @EJB
    private OutOfProvinceTitleConfirmations outOfProvince;

    @EJB
    private TalentStatisticsEntries talent;

    @EJB
    private CertificateVerifications verifications;

    @EJB
    private MyCertificates myCertificates;

    @EJB
    private AttachmentService attachments;

    @EJB
    private PersonalRequestReviews reviews;

    @Inject
    private PersonalRequestToDos requestToDos;

    @EJB
    private CertificateIssuance issuance;

    @EJB
    private ConfirmedTitles confirmedTitles;

    private String hashed;

    /**
     * 省人社厅 → 市人社局 → 卫健委 (主管部门) → 医院 (the employer of 甲 and 乙); 设计院 (self-evaluating) formed a filed
     * committee; the city created a historical institution; 丙 has no employer; a stranger unit elsewhere.
     */
    private final class World {
        String tag;
        Unit province;
        Unit city;
        Unit department;
        Unit hospital;
        Unit institute;
        Unit stranger;
        Account applicant;
        Account other;
        Account noEmployer;
        Account hospitalAdmin;
        Account departmentAdmin;
        Account cityAdmin;
        Account instituteAdmin;
        Account strangerAdmin;
        TitleSeries series;
        Committee committee;
        HistoricalInstitution institution;
    }

    private World world() throws Exception {
        String tag = "pr" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            w.tag = tag;
            w.province = unit(tag + "省人社厅", UnitType.HRSS, null);
            w.city = unit(tag + "市人社局", UnitType.HRSS, w.province);
            w.department = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, w.city);
            w.hospital = unit(tag + "医院", UnitType.APPLYING_UNIT, w.department);
            w.institute = unit(tag + "设计院", UnitType.SELF_EVALUATING_UNIT, w.city);
            w.stranger = unit(tag + "外单位", UnitType.APPLYING_UNIT, w.province);
            w.applicant = applicant("甲", w.hospital);
            w.other = applicant("乙", w.hospital);
            w.noEmployer = applicant("丙", null);
            w.hospitalAdmin = staff(tag + "_h", w.hospital);
            w.departmentAdmin = staff(tag + "_d", w.department);
            w.cityAdmin = staff(tag + "_c", w.city);
            w.instituteAdmin = staff(tag + "_i", w.institute);
            w.strangerAdmin = staff(tag + "_s", w.stranger);
            w.series = new TitleSeries(tag + "工程");
            em.persist(w.series);
            w.committee = new Committee(tag + "工程高评委", w.institute, w.series, false, Times.now());
            em.persist(w.committee);
            w.committee.authoriseAtCreation(Times.now());
            w.institution = new HistoricalInstitution(w.city, Times.now());
            w.institution.describe(tag + "原职改办", List.of(w.series), List.of(TitleLevel.INTERMEDIATE),
                    List.of(w.institute));
            em.persist(w.institution);
            return w;
        });
    }

    // ---- 外省职称确认: validation, attachments, submit, withdraw, scoping, pass, return, resubmit, reject ----

    @Test
    void anOutOfProvinceTitleGoesUpTheEmployerChainIsWithdrawnReturnedAndResubmitted() throws Exception {
        World w = world();
        signIn(w.applicant);
        assertRejected(() -> outOfProvince.save(null, outOfProvinceInput(w, LocalDate.now().plusDays(2))),
                "outOfProvince.obtainedOn.future");
        assertRejected(() -> outOfProvince.save(null, new OutOfProvinceTitleInput("", "重庆市人社局", w.series.getId(),
                TitleLevel.INTERMEDIATE, "土木", "工程师", LocalDate.of(2019, 6, 1), "CQ1", "渝人社〔2019〕1号")),
                "outOfProvince.province.required");
        assertRejected(() -> outOfProvince.save(null, new OutOfProvinceTitleInput("重庆市", "重庆市人社局", -1L,
                TitleLevel.INTERMEDIATE, "土木", "工程师", LocalDate.of(2019, 6, 1), "CQ1", "渝人社〔2019〕1号")),
                "personalRequest.series.unknown");
        OutOfProvinceTitleView draft = outOfProvince.save(null, outOfProvinceInput(w, LocalDate.of(2019, 6, 1)));
        Long id = draft.id();
        assertEquals(PersonalRequestStatus.DRAFT, draft.state().status());
        assertTrue(draft.state().submittable());
        assertRejected(() -> outOfProvince.submit(id), "personalRequest.attachments.required");
        assertRejected(() -> outOfProvince.attach(id, new ByteArrayInputStream("MZ\u0090\u0000 not a pdf"
                .getBytes(StandardCharsets.ISO_8859_1)), "证书.pdf"), "attachment.type.notAccepted");
        OutOfProvinceTitleView attached = outOfProvince.attach(id, new ByteArrayInputStream(PDF), "证书.pdf");
        assertEquals(List.of("证书.pdf"), attached.state().attachments().stream()
                .map(a -> a.name()).toList());

        OutOfProvinceTitleView submitted = outOfProvince.submit(id);
        assertEquals(PersonalRequestStatus.SUBMITTED, submitted.state().status());
        assertEquals(w.hospital.getName(), submitted.state().reviewUnitName());
        assertEquals(List.of(w.hospital.getName(), w.department.getName()),
                submitted.state().reviewPath().subList(0, 2), "employer first, then up its chain");
        assertTrue(submitted.state().withdrawable());
        assertRejected(() -> outOfProvince.save(id, outOfProvinceInput(w, LocalDate.of(2019, 6, 2))),
                "personalRequest.notEditable");
        assertEquals(PersonalRequestStatus.DRAFT, outOfProvince.withdraw(id).state().status());
        outOfProvince.submit(id);

        // another applicant, a unit outside the chain: no access by id
        signIn(w.other);
        assertDenied(() -> outOfProvince.get(id));
        assertDenied(() -> outOfProvince.withdraw(id));
        assertDenied(() -> outOfProvince.save(id, outOfProvinceInput(w, LocalDate.of(2019, 6, 1))));
        assertDenied(() -> outOfProvince.attach(id, new ByteArrayInputStream(PDF), "x.pdf"));
        assertDenied(() -> outOfProvince.flowLog(id, 0, 10));
        assertDenied(() -> outOfProvince.discard(id));
        assertEquals(0L, outOfProvince.countMine());
        signIn(w.strangerAdmin);
        assertDenied(() -> outOfProvince.pending(w.hospital.getId(), 0, 10));
        assertDenied(() -> outOfProvince.review(id));
        assertDenied(() -> outOfProvince.pass(id, null));
        signIn(w.departmentAdmin);
        assertRejected(() -> outOfProvince.pass(id, null), "personalRequest.review.notYours");

        // the employer passes: the applicant can no longer withdraw
        signIn(w.hospitalAdmin);
        assertTrue(outOfProvince.pending(w.hospital.getId(), 0, 100).stream().anyMatch(v -> v.id().equals(id)));
        assertEquals(1L, outOfProvince.countPending(w.hospital.getId()));
        assertEquals(w.department.getName(), outOfProvince.pass(id, "情况属实").state().reviewUnitName());
        signIn(w.applicant);
        assertRejected(() -> outOfProvince.withdraw(id), "personalRequest.withdraw.notAllowed");

        // the department returns it; the applicant corrects and resubmits
        signIn(w.departmentAdmin);
        assertRejected(() -> outOfProvince.returnWith(id, " "), "personalRequest.opinion.required");
        assertEquals(PersonalRequestStatus.RETURNED, outOfProvince.returnWith(id, "证书扫描件不清晰").state().status());
        signIn(w.applicant);
        OutOfProvinceTitleView returned = outOfProvince.get(id);
        assertEquals("证书扫描件不清晰", returned.state().lastOpinion());
        assertTrue(returned.state().editable());
        assertTrue(messageTitles(w.applicant).contains("外省职称确认申请被退回"));
        Long firstFile = returned.state().attachments().get(0).id();
        outOfProvince.attach(id, new ByteArrayInputStream(PDF), "清晰证书.pdf");
        outOfProvince.detach(id, firstFile);
        OutOfProvinceTitleView resubmitted = outOfProvince.submit(id);
        assertEquals(w.hospital.getName(), resubmitted.state().reviewUnitName(), "a resubmission starts again");

        // the employer rejects it: final, kept, not deletable
        signIn(w.hospitalAdmin);
        assertEquals(PersonalRequestStatus.REJECTED, outOfProvince.reject(id, "非本人证书").state().status());
        signIn(w.applicant);
        assertRejected(() -> outOfProvince.discard(id), "personalRequest.discard.notDraft");
        assertRejected(() -> outOfProvince.submit(id), "personalRequest.transition");
        assertEquals(List.of("CREATED", "SUBMITTED", "WITHDRAWN", "SUBMITTED", "LEVEL_PASSED", "RETURNED",
                "RESUBMITTED", "REJECTED"), actions(outOfProvince.flowLog(id, 0, 50)));
        assertEquals(8L, outOfProvince.countFlowLog(id));
        AuditRecord returnEntry = outOfProvince.flowLog(id, 0, 50).stream()
                .filter(r -> r.getAction().equals("RETURNED")).findFirst().orElseThrow();
        assertEquals(w.department.getName(), returnEntry.getActorUnitName());
        assertEquals("证书扫描件不清晰", returnEntry.getOpinion());
        assertEquals("SUBMITTED", returnEntry.getFromStatus());
        assertEquals("RETURNED", returnEntry.getToStatus());

        // a draft can be deleted by its owner only
        Long second = outOfProvince.save(null, outOfProvinceInput(w, LocalDate.of(2020, 1, 1))).id();
        signIn(w.other);
        assertDenied(() -> outOfProvince.discard(second));
        signIn(w.applicant);
        outOfProvince.discard(second);
        assertDenied(() -> outOfProvince.get(second));
        assertEquals(1L, outOfProvince.countMine());
    }

    // ---- 专技人才统计 ----

    @Test
    void aTalentEntryNeedsAnEmployerMatchesTheIdNumberAndIsOneAtATime() throws Exception {
        World w = world();
        signIn(w.noEmployer);
        IdNumber noEmployerId = w.noEmployer.getIdNumber();
        Long orphan = talent.save(null, talentInput(w, noEmployerId.sex(), noEmployerId.birthDate())).id();
        assertRejected(() -> talent.submit(orphan), "personalRequest.employerRequired");

        signIn(w.applicant);
        IdNumber id = w.applicant.getIdNumber();
        assertRejected(() -> talent.save(null, talentInput(w, id.sex() == cn.zhicheng.org.Sex.MALE
                ? cn.zhicheng.org.Sex.FEMALE : cn.zhicheng.org.Sex.MALE, id.birthDate())), "talentEntry.sex.mismatch");
        assertRejected(() -> talent.save(null, talentInput(w, id.sex(), id.birthDate().minusDays(1))),
                "talentEntry.birthDate.mismatch");
        assertRejected(() -> talent.save(null, new TalentInput(w.series.getId(), null, id.sex(), "汉族",
                PoliticalStatus.MASSES, false, EducationLevel.BACHELOR, id.birthDate())), "talentEntry.category.required");
        TalentEntryView entry = talent.save(null, talentInput(w, id.sex(), id.birthDate()));
        assertRejected(() -> talent.save(null, talentInput(w, id.sex(), id.birthDate())), "talentEntry.alreadyOpen");
        TalentEntryView submitted = talent.submit(entry.id());
        assertEquals(PersonalRequestStatus.SUBMITTED, submitted.state().status());
        assertEquals(w.hospital.getName(), submitted.state().reviewUnitName());
        assertTrue(submitted.state().attachments().isEmpty(), "statistics need no attachment");

        signIn(w.other);
        assertDenied(() -> talent.get(entry.id()));
        assertDenied(() -> talent.withdraw(entry.id()));

        signIn(w.hospitalAdmin);
        assertEquals(w.department.getName(), talent.pass(entry.id(), null).state().reviewUnitName(),
                "审核通过 moves the entry to the unit above");
        signIn(w.hospitalAdmin);
        assertRejected(() -> talent.pass(entry.id(), null), "personalRequest.review.notYours");
        assertEquals(w.tag + "医院", talent.review(entry.id()).state().reviewPath().get(0),
                "a unit the entry passed through still reads it");
        signIn(w.departmentAdmin);
        talent.reject(entry.id(), "信息与档案不符");
        signIn(w.applicant);
        assertTrue(messageTitles(w.applicant).contains("专技人才统计信息审核不通过"));
        // after a decision a new entry may be filed
        assertEquals(PersonalRequestStatus.DRAFT, talent.save(null, talentInput(w, id.sex(), id.birthDate()))
                .state().status());
    }

    // ---- 证书核验 and 我的证书 ----

    @Test
    void aVerificationGoesToTheOrganisationsFormationUnitWithTheInsuranceAnswer() throws Exception {
        World w = world();
        signIn(w.applicant);
        List<OrganisationOption> organisations = verifications.organisations();
        OrganisationOption committee = organisations.stream().filter(o -> o.name().equals(w.committee.getName()))
                .findFirst().orElseThrow();
        OrganisationOption institution = organisations.stream()
                .filter(o -> o.name().equals(w.institution.getName())).findFirst().orElseThrow();
        assertEquals(EvaluationOrganisationKind.HISTORICAL_INSTITUTION, institution.kind());

        assertRejected(() -> verifications.save(null, verificationInput(w, committee.key(), "川人社职〔2019〕60号")),
                "certificateVerification.documentNumber.year");
        assertRejected(() -> verifications.save(null, verificationInput(w, committee.key(), "川人社职[2018]60号")),
                "documentNumber.brackets");
        assertRejected(() -> verifications.save(null, verificationInput(w, "COMMITTEE:-5", "川人社职〔2018〕60号")),
                "certificateVerification.organisation.unknown");
        assertRejected(() -> verifications.save(null, verificationInput(w, null, "川人社职〔2018〕60号")),
                "certificateVerification.organisation.required");
        Long id = verifications.save(null, verificationInput(w, committee.key(), "川人社职〔2018〕60号")).id();

        // 同步社保数据: no record, then a record at the employer
        VerificationView synced = verifications.syncInsurance(id);
        assertEquals(Boolean.FALSE, synced.insured());
        assertEquals(w.hospital.getName(), synced.insuranceUnitName());
        inTransaction(() -> {
            em.persist(new InsuranceRecord(w.applicant.getIdNumber().value(), w.hospital.getId(), null, null));
            return null;
        });
        assertEquals(Boolean.TRUE, verifications.syncInsurance(id).insured());
        signIn(w.noEmployer);
        Long orphan = verifications.save(null, verificationInput(w, committee.key(), "川人社职〔2018〕60号")).id();
        assertRejected(() -> verifications.syncInsurance(orphan), "certificateVerification.insurance.noEmployer");

        signIn(w.applicant);
        verifications.attach(id, new ByteArrayInputStream(PDF), "证书.pdf");
        VerificationView submitted = verifications.submit(id);
        assertEquals(List.of(w.institute.getName()), submitted.state().reviewPath(),
                "the committee's formation unit reviews it");
        signIn(w.other);
        assertDenied(() -> verifications.get(id));
        assertDenied(() -> verifications.syncInsurance(id));
        signIn(w.hospitalAdmin);
        assertDenied(() -> verifications.review(id));
        Long scan = submitted.state().attachments().get(0).id();
        signIn(w.strangerAdmin);
        assertRejected(() -> attachments.get(scan), "attachment.notFound");
        signIn(w.instituteAdmin);
        assertEquals("证书.pdf", attachments.get(scan).getOriginalName(), "the reviewing unit reads the scan");
        assertEquals(1L, verifications.countPending(w.institute.getId()));
        assertEquals(PersonalRequestStatus.PASSED, verifications.pass(id, "核验无误").state().status());
        signIn(w.applicant);
        assertTrue(messageTitles(w.applicant).contains("证书核验申请已审核通过"));
        assertEquals(List.of("CREATED", "INSURANCE_SYNCED", "INSURANCE_SYNCED", "SUBMITTED", "PASSED",
                "HISTORY_CREATED"), actions(verifications.flowLog(id, 0, 50)));

        // the certificate is now the historical record its committee would have collected, 待发证 at the institute
        HistoryRecord verified = recordOf("CERTIFICATE_VERIFICATION", id);
        HistoryBatch verifiedBatch = em.find(HistoryBatch.class, verified.getBatchId());
        assertEquals(AcquisitionType.REVIEW, verifiedBatch.getAcquisitionType());
        assertEquals(w.institute.getId(), verifiedBatch.getIssuer().getId());
        assertEquals(w.committee.getName(), verified.getInstitution());
        assertEquals("川人社职〔2018〕60号", verified.getDocumentNumber());
        assertEquals(LocalDate.of(2018, 12, 20), verified.getApprovedOn());
        assertEquals("ZC2018001", verified.getCertificateNo());
        assertFalse(verified.isHighRisk(), "insured at the employer");
        signIn(w.instituteAdmin);
        HistoryGroup group = issuance.historyGroups().stream()
                .filter(g -> g.documentNumber().equals("川人社职〔2018〕60号")).findFirst().orElseThrow();
        assertEquals(w.committee.getName(), group.institution());
        assertEquals(AcquisitionType.REVIEW, group.acquisitionType());
        assertEquals(1L, group.persons());
        signIn(w.applicant);

        // a historical institution's certificate goes to the 人社部门 that created the institution
        Long old = verifications.save(null, verificationInput(w, institution.key(), "川人社职〔2018〕61号")).id();
        verifications.attach(old, new ByteArrayInputStream(PDF), "旧证书.pdf");
        assertEquals(List.of(w.city.getName()), verifications.submit(old).state().reviewPath());
    }

    @Test
    void myCertificatesListReviewedHistoricalRecordsOfMyIdNumberOnly() throws Exception {
        World w = world();
        signIn(w.cityAdmin);
        Long file = attachments.store(new ByteArrayInputStream(PDF), "任职资格文件.pdf", AttachmentPurpose.STAMPED_PDF)
                .getId();
        String number = "川人社职〔2018〕" + (System.nanoTime() % 100_000) + "号";
        inTransaction(() -> {
            HistoryBatch approved = new HistoryBatch(w.institute, AcquisitionType.REVIEW, DocumentNumber.of(number),
                    "seed", "seed", Times.now());
            em.persist(approved);
            approved.submit(w.city, List.of(w.city.getId()), file, Times.now());
            approved.pass(w.city.getId(), Times.now());
            em.persist(new HistoryRecord(approved.getId(), 1, record(w.applicant, w, number, TitleLevel.SENIOR_DEPUTY, "高级工程师"), false,
                    Times.now()));
            HistoryBatch pending = new HistoryBatch(w.institute, AcquisitionType.REVIEW, DocumentNumber.of(number),
                    "seed", "seed", Times.now());
            em.persist(pending);
            em.persist(new HistoryRecord(pending.getId(), 1, record(w.applicant, w, number, TitleLevel.SENIOR_FULL, "正高级工程师"), false,
                    Times.now()));
            return null;
        });
        signIn(w.applicant);
        List<CertificateRow> mine = myCertificates.ofCaller();
        assertEquals(List.of("高级工程师"), mine.stream().map(CertificateRow::qualificationName).toList(),
                "only records whose batch passed the review");
        assertEquals(number, mine.get(0).documentNumber());
        signIn(w.other);
        assertTrue(myCertificates.ofCaller().isEmpty());
        signIn(w.cityAdmin);
        assertThrows(EJBAccessException.class, () -> myCertificates.ofCaller());
    }

    // ---- 职称确认审核 → 历史证书生成 (SPEC §3.15.5, §3.13.5) ----

    @Test
    void thePassOfTheLastUnitMakesTheTitleHistoricalDataWaitingForIssuanceThere() throws Exception {
        World w = world();
        Account provinceAdmin = inTransaction(() -> staff(w.tag + "_p", em.find(Unit.class, w.province.getId())));
        java.util.Map<String, Account> admins = java.util.Map.of(w.hospital.getName(), w.hospitalAdmin,
                w.department.getName(), w.departmentAdmin, w.city.getName(), w.cityAdmin, w.province.getName(),
                provinceAdmin);
        signIn(w.applicant);
        Long id = outOfProvince.save(null, outOfProvinceInput(w, LocalDate.of(2019, 6, 1))).id();
        outOfProvince.attach(id, new ByteArrayInputStream(PDF), "证书.pdf");
        OutOfProvinceTitleView view = outOfProvince.submit(id);
        String lastUnitName = view.state().reviewPath().get(view.state().reviewPath().size() - 1);
        Account lastAdmin = admins.get(lastUnitName);
        Unit lastUnit = java.util.stream.Stream.of(w.hospital, w.department, w.city, w.province)
                .filter(u -> u.getName().equals(lastUnitName)).findFirst().orElseThrow();
        signIn(lastAdmin);
        List<HistoryGroup> before = issuance.historyGroups();

        // every unit but the last passes: nothing yet
        while (!view.state().reviewUnitName().equals(lastUnitName)) {
            signIn(admins.get(view.state().reviewUnitName()));
            view = outOfProvince.pass(id, null);
            assertEquals(0L, countRecordsOf(OutOfProvinceTitleConfirmation.TYPE, id));
        }
        signIn(lastAdmin);
        assertEquals(PersonalRequestStatus.PASSED, outOfProvince.pass(id, "情况属实").state().status());

        // one record with the applicant's facts, in an approved 确认 batch collected and issued by the last unit
        HistoryRecord record = recordOf(OutOfProvinceTitleConfirmation.TYPE, id);
        IdNumber idNumber = w.applicant.getIdNumber();
        assertEquals("甲", record.getName());
        assertEquals(idNumber.value(), record.getIdNumber());
        assertEquals("居民身份证", record.getIdType());
        assertEquals(idNumber.sex(), record.getSex());
        assertEquals(idNumber.birthDate(), record.getBirthDate());
        assertEquals(w.series.getName(), record.getSeriesName());
        assertEquals(TitleLevel.INTERMEDIATE, record.getLevel());
        assertEquals("工程师", record.getQualificationName());
        assertEquals("土木工程", record.getSpecialty());
        assertEquals("确认", record.getInstitution());
        assertEquals("CQ2019001", record.getCertificateNo());
        assertEquals(LocalDate.of(2019, 6, 1), record.getApprovedOn());
        assertEquals(LocalDate.of(2019, 6, 1), record.getReviewedOn());
        assertEquals("渝人社职〔2019〕12号", record.getDocumentNumber());
        assertEquals(w.hospital.getName(), record.getWorkUnit());
        assertTrue(record.isHighRisk(), "no insurance record at the employer");
        HistoryBatch batch = em.find(HistoryBatch.class, record.getBatchId());
        assertEquals(HistoryBatchStatus.APPROVED, batch.getStatus());
        assertEquals(AcquisitionType.CONFIRMATION, batch.getAcquisitionType());
        assertEquals(lastUnit.getId(), batch.getCollectingUnit().getId());
        assertEquals(lastUnit.getId(), batch.getIssuer().getId());
        assertEquals("渝人社职〔2019〕12号", batch.getDocumentNumber());
        assertEquals(lastAdmin.getLoginName(), batch.getCollectorLogin());

        // the flow logs: the request names the batch, the batch names the request
        assertEquals(List.of("PASSED", "HISTORY_CREATED"), lastTwo(actions(outOfProvince.flowLog(id, 0, 50))));
        AuditRecord created = em.createQuery("select a from AuditRecord a where a.entityType = 'HISTORY_BATCH'"
                + " and a.entityId = :id", AuditRecord.class).setParameter("id", batch.getId()).getSingleResult();
        assertEquals("CREATED_FROM_REQUEST", created.getAction());
        assertEquals("APPROVED", created.getToStatus());
        assertEquals("由外省职称确认 #" + id + " 生成", created.getOpinion());
        assertEquals(lastUnit.getName(), created.getActorUnitName());

        // the holder sees it under 我的证书
        signIn(w.applicant);
        assertTrue(myCertificates.ofCaller().stream().anyMatch(c -> c.documentNumber().equals("渝人社职〔2019〕12号")));
        signIn(lastAdmin);

        // 历史证书生成 → 待发证 of the approving unit shows the group
        List<HistoryGroup> after = issuance.historyGroups();
        assertEquals(before.size() + 1, after.size());
        HistoryGroup group = after.stream().filter(g -> g.documentNumber().equals("渝人社职〔2019〕12号")
                && g.collectingUnitId().equals(lastUnit.getId())).findFirst().orElseThrow();
        assertEquals("确认", group.institution());
        assertEquals(LocalDate.of(2019, 6, 1), group.approvedOn());
        assertEquals(AcquisitionType.CONFIRMATION, group.acquisitionType());
        assertEquals(1L, group.persons());
        Long certificateBatch = issuance.createHistoryBatch(lastUnit.getId(), "渝人社职〔2019〕12号", "确认",
                LocalDate.of(2019, 6, 1));
        List<Long> certificates = issuance.certificatesOf(certificateBatch, 0, 10).stream()
                .map(c -> c.id()).toList();
        assertEquals(1, certificates.size(), "the issuer batches it for 发证");

        // 退回 to the collector (the approving unit itself): the record moves to a returned upload, still naming the
        // request it came from
        assertEquals(1, issuance.returnToCollector(certificates, "证书编号有误"));
        HistoryRecord moved = recordOf(OutOfProvinceTitleConfirmation.TYPE, id);
        assertEquals(record.getId(), moved.getId());
        HistoryBatch returnedUpload = em.find(HistoryBatch.class, moved.getBatchId());
        assertEquals(HistoryBatchStatus.RETURNED, returnedUpload.getStatus());
        assertEquals(lastUnit.getId(), returnedUpload.getCollectingUnit().getId());

        // no second pass, no second record — also when the service is asked again
        assertRejected(() -> outOfProvince.pass(id, null), "personalRequest.review.notYours");
        Long again = inTransaction(() -> {
            OutOfProvinceTitleConfirmation passed = em.find(OutOfProvinceTitleConfirmation.class, id);
            return confirmedTitles.record(passed, passed.confirmedTitle(false)).getId();
        });
        assertEquals(record.getId(), again);
        assertEquals(1L, countRecordsOf(OutOfProvinceTitleConfirmation.TYPE, id));

        signIn(w.applicant);
        assertTrue(myCertificates.ofCaller().isEmpty(), "returned for correction: no longer under 我的证书");

        // the same title confirmed once more is not stored twice: the flow log says so
        Long twice = outOfProvince.save(null, outOfProvinceInput(w, LocalDate.of(2019, 6, 1))).id();
        outOfProvince.attach(twice, new ByteArrayInputStream(PDF), "证书.pdf");
        OutOfProvinceTitleView second = outOfProvince.submit(twice);
        while (second.state().status() == PersonalRequestStatus.SUBMITTED) {
            signIn(admins.get(second.state().reviewUnitName()));
            second = outOfProvince.pass(twice, null);
        }
        assertEquals(0L, countRecordsOf(OutOfProvinceTitleConfirmation.TYPE, twice));
        assertEquals(List.of("PASSED", "HISTORY_EXISTS"), lastTwo(actions(outOfProvince.flowLog(twice, 0, 50))));
        signIn(lastAdmin);
        assertEquals(before.size(), issuance.historyGroups().size(), "batched, then returned: nothing waits");
    }

    @Test
    void aReturnedOrRejectedRequestMakesNoHistoricalData() throws Exception {
        World w = world();
        signIn(w.other);
        Long id = outOfProvince.save(null, outOfProvinceInput(w, LocalDate.of(2019, 6, 1))).id();
        outOfProvince.attach(id, new ByteArrayInputStream(PDF), "证书.pdf");
        outOfProvince.submit(id);
        signIn(w.hospitalAdmin);
        outOfProvince.pass(id, null);
        signIn(w.departmentAdmin);
        outOfProvince.returnWith(id, "扫描件不清晰");
        assertEquals(0L, countRecordsOf(OutOfProvinceTitleConfirmation.TYPE, id));
        signIn(w.other);
        outOfProvince.submit(id);
        signIn(w.hospitalAdmin);
        assertEquals(PersonalRequestStatus.REJECTED, outOfProvince.reject(id, "非本人证书").state().status());
        assertEquals(0L, countRecordsOf(OutOfProvinceTitleConfirmation.TYPE, id));
        assertEquals(0L, em.createQuery("select count(r) from HistoryRecord r where r.idNumber = :id", Long.class)
                .setParameter("id", w.other.getIdNumber().value()).getSingleResult());

        signIn(w.other);
        OrganisationOption committee = verifications.organisations().stream()
                .filter(o -> o.name().equals(w.committee.getName())).findFirst().orElseThrow();
        Long verification = verifications.save(null, verificationInput(w, committee.key(), "川人社职〔2018〕62号")).id();
        verifications.attach(verification, new ByteArrayInputStream(PDF), "证书.pdf");
        verifications.submit(verification);
        signIn(w.instituteAdmin);
        verifications.returnWith(verification, "证书编号有误");
        signIn(w.other);
        verifications.submit(verification);
        signIn(w.instituteAdmin);
        verifications.reject(verification, "查无此证");
        assertEquals(0L, countRecordsOf("CERTIFICATE_VERIFICATION", verification));
        assertTrue(issuance.historyGroups().isEmpty(), "nothing waits at the institute");
    }

    private HistoryRecord recordOf(String sourceType, Long sourceId) {
        return em.createQuery("select r from HistoryRecord r where r.sourceRequestType = :type"
                        + " and r.sourceRequestId = :id", HistoryRecord.class)
                .setParameter("type", sourceType).setParameter("id", sourceId).getSingleResult();
    }

    private long countRecordsOf(String sourceType, Long sourceId) {
        return em.createQuery("select count(r) from HistoryRecord r where r.sourceRequestType = :type"
                        + " and r.sourceRequestId = :id", Long.class)
                .setParameter("type", sourceType).setParameter("id", sourceId).getSingleResult();
    }

    private static List<String> lastTwo(List<String> actions) {
        return actions.subList(actions.size() - 2, actions.size());
    }

    // ---- helpers ----

    private static HistoryDetails record(Account holder, World w, String number, TitleLevel level,
                                         String qualification) {
        IdNumber id = holder.getIdNumber();
        return new HistoryDetails("510000", "居民身份证", id.value(), holder.getDisplayName(), id.sex(), id.birthDate(),
                "ZS001", w.series.getName(), level, qualification, "建筑工程", w.committee.getName(),
                LocalDate.of(2018, 10, 20), LocalDate.of(2018, 12, 16), number, w.hospital.getName());
    }

    // ---- the reviewers' screens (SPEC §3.15.4, §3.15.5): tabs, filters, scoping, 专技人才统计 ----

    @Test
    void reviewersListTheirRequestsByTabWithFiltersAndCountTheApprovedTalent() throws Exception {
        World w = world();
        Account provinceAdmin = inTransaction(() -> staff(w.tag + "_p", em.find(Unit.class, w.province.getId())));
        java.util.Map<String, Account> admins = java.util.Map.of(w.hospital.getName(), w.hospitalAdmin,
                w.department.getName(), w.departmentAdmin, w.city.getName(), w.cityAdmin, w.province.getName(),
                provinceAdmin);
        RequestKind kind = RequestKind.OUT_OF_PROVINCE_TITLE;
        RequestFilter none = RequestFilter.NONE;
        signIn(w.applicant);
        Long id = outOfProvince.save(null, outOfProvinceInput(w, LocalDate.of(2019, 6, 1))).id();
        outOfProvince.attach(id, new ByteArrayInputStream(PDF), "证书.pdf");
        outOfProvince.submit(id);
        String idNumber = w.applicant.getIdNumber().value();

        // the employer: 待审核 with the masked ID number, filters, the full number on the review page, the to-do
        signIn(w.hospitalAdmin);
        List<RequestReviewRow> pending = reviews.list(kind, RequestReviewTab.PENDING, none, 0, 10);
        assertEquals(List.of(id), rowIds(pending));
        assertEquals(w.applicant.getIdNumber().masked(), pending.get(0).maskedIdNumber());
        assertNotEquals(idNumber, pending.get(0).maskedIdNumber());
        assertEquals(w.series.getName(), pending.get(0).seriesName());
        assertEquals(w.hospital.getName(), pending.get(0).reviewUnitName());
        assertEquals(1L, reviews.count(kind, RequestReviewTab.PENDING,
                new RequestFilter("甲", idNumber.substring(6, 14), w.series.getId())));
        assertEquals(0L, reviews.count(kind, RequestReviewTab.PENDING, new RequestFilter("乙", null, null)));
        assertEquals(0L, reviews.count(kind, RequestReviewTab.PENDING, new RequestFilter(null, "%", null)));
        assertEquals(0L, reviews.count(kind, RequestReviewTab.PENDING, new RequestFilter(null, null, -1L)));
        assertEquals(0L, reviews.count(RequestKind.CERTIFICATE_VERIFICATION, RequestReviewTab.PENDING, none));
        assertEquals(0L, reviews.count(kind, RequestReviewTab.DONE, none));
        ReviewerView reviewer = reviews.reviewer(kind, id);
        assertEquals(idNumber, reviewer.idNumber());
        assertTrue(reviewer.decidable());
        assertTrue(requestToDos.toDosOfCaller().stream().anyMatch(t -> t.labelKey()
                .equals("todo.requestPending.OUT_OF_PROVINCE_TITLE") && t.count() == 1L));
        outOfProvince.pass(id, "情况属实");
        assertEquals(0L, reviews.count(kind, RequestReviewTab.PENDING, none));
        assertEquals(List.of(id), rowIds(reviews.list(kind, RequestReviewTab.DONE, none, 0, 10)));
        assertEquals(w.department.getName(), reviews.list(kind, RequestReviewTab.DONE, none, 0, 10).get(0)
                .reviewUnitName());
        assertFalse(reviews.reviewer(kind, id).decidable(), "passed on: read only");
        assertTrue(requestToDos.toDosOfCaller().stream().map(ToDo::labelKey)
                .noneMatch("todo.requestPending.OUT_OF_PROVINCE_TITLE"::equals));

        // units not on the path see nothing
        for (Account outsider : List.of(w.strangerAdmin, w.instituteAdmin)) {
            signIn(outsider);
            assertEquals(0L, reviews.count(kind, RequestReviewTab.PENDING, none));
            assertEquals(0L, reviews.count(kind, RequestReviewTab.DONE, none));
            assertTrue(reviews.list(kind, RequestReviewTab.DONE, none, 0, 10).isEmpty());
            assertDenied(() -> reviews.reviewer(kind, id));
        }
        // an applicant cannot call the reviewers' service at all
        signIn(w.applicant);
        assertThrows(EJBAccessException.class, () -> reviews.count(kind, RequestReviewTab.PENDING, none));

        // the department returns it: in its 已审核; resubmitted, it is the hospital's 待审核 again, not 已审核
        signIn(w.departmentAdmin);
        assertEquals(List.of(id), rowIds(reviews.list(kind, RequestReviewTab.PENDING, none, 0, 10)));
        outOfProvince.returnWith(id, "扫描件不清晰");
        assertEquals(0L, reviews.count(kind, RequestReviewTab.PENDING, none));
        RequestReviewRow returned = reviews.list(kind, RequestReviewTab.DONE, none, 0, 10).get(0);
        assertEquals(PersonalRequestStatus.RETURNED, returned.status());
        assertEquals("扫描件不清晰", returned.lastOpinion());
        signIn(w.applicant);
        outOfProvince.submit(id);
        signIn(w.hospitalAdmin);
        assertEquals(1L, reviews.count(kind, RequestReviewTab.PENDING, none));
        assertEquals(0L, reviews.count(kind, RequestReviewTab.DONE, none));

        // 专技人才统计: 乙's entry approved up the whole chain counts for the units above the employer
        signIn(w.other);
        IdNumber otherId = w.other.getIdNumber();
        Long entry = talent.submit(talent.save(null, talentInput(w, otherId.sex(), otherId.birthDate())).id()).id();
        signIn(w.hospitalAdmin);
        assertEquals(List.of(entry), rowIds(reviews.list(RequestKind.TALENT_STATISTICS, RequestReviewTab.PENDING,
                none, 0, 10)));
        TalentEntryView view = talent.review(entry);
        while (view.state().status() == PersonalRequestStatus.SUBMITTED) {
            signIn(admins.get(view.state().reviewUnitName()));
            view = talent.pass(entry, null);
        }
        assertEquals(PersonalRequestStatus.PASSED, view.state().status());
        signIn(w.departmentAdmin);
        List<TalentStatisticsRow> table = reviews.talentStatistics();
        TalentStatisticsRow series = table.stream().filter(r -> w.series.getName().equals(r.seriesName()))
                .findFirst().orElseThrow();
        assertEquals(1L, series.total());
        assertEquals(1L, series.intermediate());
        assertEquals(0L, series.seniorFull());
        assertEquals(1L, series.partyMember());
        assertEquals(1L, series.master());
        assertEquals(0L, series.minority());
        assertEquals(otherId.sex() == cn.zhicheng.org.Sex.FEMALE ? 1L : 0L, series.female());
        int age = java.time.Period.between(otherId.birthDate(), Times.now().toLocalDate()).getYears();
        assertEquals(1L, series.ageUpTo35() + series.age36To45() + series.age46To54() + series.age55AndOver());
        assertEquals(age <= 35 ? 1L : 0L, series.ageUpTo35(), "age " + age);
        assertEquals(age >= 55 ? 1L : 0L, series.age55AndOver(), "age " + age);
        TalentStatisticsRow sum = table.get(table.size() - 1);
        assertTrue(sum.isSumRow());
        assertEquals(1L, sum.total(), "only the department's subtree counts");
        signIn(w.strangerAdmin);
        assertTrue(reviews.talentStatistics().stream().noneMatch(r -> w.series.getName().equals(r.seriesName())));
    }

    private static List<Long> rowIds(List<RequestReviewRow> rows) {
        return rows.stream().map(RequestReviewRow::id).toList();
    }

    private static OutOfProvinceTitleInput outOfProvinceInput(World w, LocalDate obtainedOn) {
        return new OutOfProvinceTitleInput("重庆市", "重庆市人力资源和社会保障局", w.series.getId(),
                TitleLevel.INTERMEDIATE, "土木工程", "工程师", obtainedOn, "CQ2019001", "渝人社职〔2019〕12号");
    }

    private static TalentInput talentInput(World w, cn.zhicheng.org.Sex sex, LocalDate birthDate) {
        return new TalentInput(w.series.getId(), TalentCategory.INTERMEDIATE, sex, "汉族", PoliticalStatus.CPC_MEMBER,
                false, EducationLevel.MASTER, birthDate);
    }

    private static VerificationInput verificationInput(World w, String organisation, String documentNumber) {
        return new VerificationInput("ZC2018001", w.series.getId(), TitleLevel.SENIOR_DEPUTY, "建筑工程", "高级工程师",
                organisation, LocalDate.of(2018, 12, 20), documentNumber);
    }

    private List<String> messageTitles(Account account) {
        return em.createQuery("select m from Message m where m.recipientId = :id", Message.class)
                .setParameter("id", account.getId()).getResultList().stream().map(Message::getTitle).toList();
    }

    private static List<String> actions(List<AuditRecord> newestFirst) {
        List<String> actions = new java.util.ArrayList<>(newestFirst.stream().map(AuditRecord::getAction).toList());
        java.util.Collections.reverse(actions);
        return actions;
    }

    private static void assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertFalse(e instanceof AccessDeniedException, "expected a refusal, not a denial: " + e.getMessageKey());
        assertEquals(key, e.getMessageKey());
    }

    private static void assertDenied(Executable action) {
        assertThrows(AccessDeniedException.class, action);
    }

    private void signIn(Account account) throws ServletException {
        SignIn.as(securityContext, request, account.getLoginName(), PASSWORD);
        assertEquals(account.getLoginName(), callers.current().getLoginName());
    }

    private Unit unit(String name, UnitType type, Unit parent) {
        Unit unit = new Unit(name, null, type, type == UnitType.HRSS
                ? (parent == null ? HrssLevel.PROVINCE : HrssLevel.CITY) : null, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private Account applicant(String name, Unit employer) {
        String idNumber = TestData.idNumber();
        Account account = Account.selfRegistered(idNumber, name, IdNumber.of(idNumber), null, hash(), Times.now());
        account.grant(Role.APPLICANT, employer);
        em.persist(account);
        return account;
    }

    private Account staff(String login, Unit unit) {
        Account account = Account.selfRegistered(login, "审核人", null, null, hash(), Times.now());
        account.grant(Role.UNIT_ADMIN, unit);
        em.persist(account);
        return account;
    }

    private String hash() {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        return hashed;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}

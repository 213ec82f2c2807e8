package cn.zhicheng.committee;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.org.UnitNature;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Everything of one committee's filing for the detail, edit and review pages. */
public record CommitteeDetails(Long id, String name, String agency, String office, CommitteeReviewType reviewType,
                               Set<TitleLevel> levels, Long formationUnitId, String formationUnitName,
                               Long authorisingUnitId, String authorisingUnitName, Long filingUnitId,
                               String filingUnitName, String contactPerson, String contactPhone, String address,
                               boolean funded, boolean internalReview, Set<UnitNature> applicantNatures,
                               CommitteeFormation formation, Long seriesId, String seriesName,
                               List<String> specialties, Set<String> regionCodes, List<String> regionNames,
                               String code, Long requestDocumentId, String requestDocumentName, FilingStatus status,
                               String waitingUnitName, int waitingLevel, String lastOpinion,
                               OffsetDateTime submittedAt, OffsetDateTime approvedAt, LocalDate validFrom,
                               LocalDate validUntil, boolean expired, long poolMembers, int requiredMembers,
                               long incompleteMembers)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The draft values for the edit form. */
    public CommitteeForm toForm() {
        return new CommitteeForm(new CommitteeProfile(name, agency, office, reviewType, levels, contactPerson,
                contactPhone, address, funded, internalReview, applicantNatures, formation, specialties, regionCodes),
                seriesId, authorisingUnitId, filingUnitId);
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    public boolean isSubmittable() {
        return status.canSubmit();
    }
}

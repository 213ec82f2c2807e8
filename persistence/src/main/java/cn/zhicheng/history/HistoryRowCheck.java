package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.zhicheng.history.HistoryColumn.APPROVED_ON;
import static cn.zhicheng.history.HistoryColumn.BIRTH_DATE;
import static cn.zhicheng.history.HistoryColumn.DOCUMENT_NUMBER;
import static cn.zhicheng.history.HistoryColumn.ID_NUMBER;
import static cn.zhicheng.history.HistoryColumn.ID_TYPE;
import static cn.zhicheng.history.HistoryColumn.INSTITUTION;
import static cn.zhicheng.history.HistoryColumn.LEVEL;
import static cn.zhicheng.history.HistoryColumn.QUALIFICATION;
import static cn.zhicheng.history.HistoryColumn.REGION_CODE;
import static cn.zhicheng.history.HistoryColumn.REVIEWED_ON;
import static cn.zhicheng.history.HistoryColumn.SERIES;
import static cn.zhicheng.history.HistoryColumn.SEX;

/**
 * Every check of one historical-title row (SPEC §3.13.2), the same for the import job, the edit-in-place dialog and
 * the benchmark. Each refusal names the column and the reason; the first broken rule wins. Keeps the duplicate keys
 * seen so far in the file. What the checks need from the database comes in once per run: the 评审机构 names the unit
 * may use with their scopes, the catalog, and the keys of records already stored under the batch's 文号.
 */
public final class HistoryRowCheck {

    /** 证件类型 values; 居民身份证 (the default when blank) is checked by GB 11643, the others by length only. */
    public static final List<String> ID_TYPES = List.of("居民身份证", "护照", "港澳居民来往内地通行证",
            "台湾居民来往大陆通行证", "外国人永久居留身份证");
    public static final String RESIDENT_ID = ID_TYPES.get(0);
    public static final String INITIAL_INSTITUTION = "初定";
    public static final String CONFIRMATION_INSTITUTION = "确认";
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final AcquisitionType type;
    private final DocumentNumber batchNumber;
    private final Map<String, InstitutionScope> institutions;
    private final Set<String> seriesNames;
    private final Set<String> qualificationKeys;
    private final Set<String> existingKeys;
    private final Map<String, Long> seenInFile = new HashMap<>();

    /**
     * @param institutions      by name: the filed committees and assigned historical institutions (职称评审 only)
     * @param seriesNames       the catalog's active series
     * @param qualificationKeys {@link #qualificationKey} of the catalog's active qualifications
     * @param existingKeys      {@link HistoryDetails#duplicateKey()} of the records already stored
     */
    public HistoryRowCheck(AcquisitionType type, DocumentNumber batchNumber, Map<String, InstitutionScope> institutions,
                           Set<String> seriesNames, Set<String> qualificationKeys, Set<String> existingKeys) {
        this.type = type;
        this.batchNumber = batchNumber;
        this.institutions = institutions;
        this.seriesNames = seriesNames;
        this.qualificationKeys = qualificationKeys;
        this.existingKeys = existingKeys;
    }

    public static String qualificationKey(String seriesName, TitleLevel level, String qualificationName) {
        return seriesName + '\u001F' + level.name() + '\u001F' + qualificationName;
    }

    /**
     * Every rule of the row, the duplicate rule included: against the rows checked so far (their keys are kept) and
     * the records already stored. For a few rows (the edit dialog, tests); a large file leaves duplicates to
     * {@link #checkRules}' caller.
     */
    public HistoryRowResult check(long rowNumber, List<String> cells) {
        try {
            HistoryDetails details = details(cells);
            String key = details.duplicateKey();
            HistoryRowResult valid = HistoryRowResult.valid(rowNumber, cells, details);
            Long earlier = seenInFile.putIfAbsent(key, rowNumber);
            if (earlier != null) {
                return duplicateInFile(valid, earlier);
            }
            if (existingKeys.contains(key)) {
                return duplicateOfRecord(valid);
            }
            return valid;
        } catch (Refusal r) {
            return HistoryRowResult.refused(rowNumber, cells, r.column, r.key, r.arguments);
        }
    }

    /**
     * Every rule but the duplicate rule, keeping nothing between rows: the import job's check. The job leaves
     * duplicates to the records' unique key (person, series, level, 文号), which refuses them at the chunk's insert
     * with the same reasons ({@code history.duplicate.inFile} naming the earlier row, {@code
     * history.duplicate.existing}), so memory stays flat however long the file.
     */
    public HistoryRowResult checkRules(long rowNumber, List<String> cells) {
        try {
            return HistoryRowResult.valid(rowNumber, cells, details(cells));
        } catch (Refusal r) {
            return HistoryRowResult.refused(rowNumber, cells, r.column, r.key, r.arguments);
        }
    }

    /** The duplicate rule's refusal of a valid row that repeats an earlier row of the same file. */
    public static HistoryRowResult duplicateInFile(HistoryRowResult row, long earlierRow) {
        return HistoryRowResult.refused(row.rowNumber(), row.cells(), ID_NUMBER, "history.duplicate.inFile",
                earlierRow);
    }

    /** The duplicate rule's refusal of a valid row whose person, series, level and 文号 a stored record has. */
    public static HistoryRowResult duplicateOfRecord(HistoryRowResult row) {
        return HistoryRowResult.refused(row.rowNumber(), row.cells(), ID_NUMBER, "history.duplicate.existing",
                row.details().documentNumber());
    }

    /** Forgets a key, so that a row refused later in the same file is not held against a deleted record. */
    public void forget(String duplicateKey) {
        seenInFile.remove(duplicateKey);
    }

    private HistoryDetails details(List<String> cells) {
        for (HistoryColumn column : HistoryColumn.values()) {
            String value = column.cell(cells);
            if (column.isRequired() && value.isEmpty()) {
                throw new Refusal(column, "history.cell.required");
            }
            if (value.length() > column.maxLength()) {
                throw new Refusal(column, "history.cell.tooLong", column.maxLength());
            }
        }
        String regionCode = REGION_CODE.cell(cells);
        if (!regionCode.isEmpty() && !regionCode.matches("\\d{6}(\\d{3}|\\d{6})?")) {
            throw new Refusal(REGION_CODE, "history.cell.regionCode", regionCode);
        }
        String idType = ID_TYPE.cell(cells).isEmpty() ? RESIDENT_ID : ID_TYPE.cell(cells);
        if (!ID_TYPES.contains(idType)) {
            throw new Refusal(ID_TYPE, "history.idType.unknown", idType);
        }
        String sexText = SEX.cell(cells);
        Sex sex = switch (sexText) {
            case "男" -> Sex.MALE;
            case "女" -> Sex.FEMALE;
            default -> throw new Refusal(SEX, "history.sex.value", sexText);
        };
        LocalDate birthDate = date(BIRTH_DATE, cells);
        String idNumber;
        if (RESIDENT_ID.equals(idType)) {
            IdNumber id;
            try {
                id = IdNumber.of(ID_NUMBER.cell(cells));
            } catch (BusinessException e) {
                throw new Refusal(ID_NUMBER, e.getMessageKey(), e.getArguments());
            }
            if (id.sex() != sex) {
                throw new Refusal(SEX, "history.sex.mismatch", id.sex() == Sex.MALE ? "男" : "女");
            }
            if (!id.birthDate().equals(birthDate)) {
                throw new Refusal(BIRTH_DATE, "history.birthDate.mismatch", id.birthDate().format(COMPACT));
            }
            idNumber = id.value();
        } else {
            idNumber = ID_NUMBER.cell(cells);
        }
        String seriesName = SERIES.cell(cells);
        if (!seriesNames.contains(seriesName)) {
            throw new Refusal(SERIES, "history.series.unknown", seriesName);
        }
        String levelText = LEVEL.cell(cells);
        TitleLevel level = Arrays.stream(TitleLevel.values()).filter(l -> l.catalogName().equals(levelText))
                .findFirst().orElseThrow(() -> new Refusal(LEVEL, "history.level.unknown", levelText));
        String qualification = QUALIFICATION.cell(cells);
        if (!qualificationKeys.contains(qualificationKey(seriesName, level, qualification))) {
            throw new Refusal(QUALIFICATION, "history.qualification.unknown", qualification, seriesName,
                    level.catalogName());
        }
        String institution = INSTITUTION.cell(cells);
        checkInstitution(institution, seriesName, level);
        LocalDate reviewedOn = date(REVIEWED_ON, cells);
        LocalDate approvedOn = date(APPROVED_ON, cells);
        if (!reviewedOn.isBefore(approvedOn)) {
            throw new Refusal(REVIEWED_ON, "history.dates.order", reviewedOn, approvedOn);
        }
        DocumentNumber number = documentNumber(cells);
        if (number.year() != approvedOn.getYear()) {
            throw new Refusal(DOCUMENT_NUMBER, "history.documentNumber.year", number.year(), approvedOn.getYear());
        }
        return new HistoryDetails(regionCode.isEmpty() ? null : regionCode, idType, idNumber,
                HistoryColumn.NAME.cell(cells), sex, birthDate, blankToNull(HistoryColumn.CERTIFICATE_NO.cell(cells)),
                seriesName, level, qualification, blankToNull(HistoryColumn.SPECIALTY.cell(cells)), institution,
                reviewedOn, approvedOn, number.value(), blankToNull(HistoryColumn.WORK_UNIT.cell(cells)));
    }

    private void checkInstitution(String institution, String seriesName, TitleLevel level) {
        switch (type) {
            case INITIAL -> {
                if (!INITIAL_INSTITUTION.equals(institution)) {
                    throw new Refusal(INSTITUTION, "history.institution.initial", institution);
                }
            }
            case CONFIRMATION -> {
                if (!CONFIRMATION_INSTITUTION.equals(institution)) {
                    throw new Refusal(INSTITUTION, "history.institution.confirmation", institution);
                }
            }
            case REVIEW -> {
                InstitutionScope scope = institutions.get(institution);
                if (scope == null) {
                    throw new Refusal(INSTITUTION, "history.institution.notAllowed", institution);
                }
                if (!scope.covers(seriesName, level)) {
                    throw new Refusal(INSTITUTION, "history.institution.scope", institution, seriesName,
                            level.catalogName());
                }
            }
            case ENTRUSTED -> {
                // any committee may have evaluated on behalf of the issuer: the name is required only
            }
        }
    }

    private DocumentNumber documentNumber(List<String> cells) {
        String text = DOCUMENT_NUMBER.cell(cells);
        if (text.isEmpty()) {
            return batchNumber;
        }
        DocumentNumber number;
        try {
            number = DocumentNumber.of(text);
        } catch (BusinessException e) {
            throw new Refusal(DOCUMENT_NUMBER, e.getMessageKey(), e.getArguments());
        }
        if (!number.equals(batchNumber)) {
            throw new Refusal(DOCUMENT_NUMBER, "history.documentNumber.batch", batchNumber.value());
        }
        return number;
    }

    private static LocalDate date(HistoryColumn column, List<String> cells) {
        Optional<LocalDate> date = CellDates.parse(column.cell(cells));
        return date.orElseThrow(() -> new Refusal(column, "history.cell.date", column.cell(cells)));
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** A refusal inside the check; never leaves this class. */
    private static final class Refusal extends RuntimeException {
        private final HistoryColumn column;
        private final String key;
        private final Object[] arguments;

        Refusal(HistoryColumn column, String key, Object... arguments) {
            super(key, null, false, false);
            this.column = column;
            this.key = key;
            this.arguments = arguments;
        }
    }
}

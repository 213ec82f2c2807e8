package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of SPEC §3.13.2, each with a refused and a passing row. */
class HistoryRowCheckTest {

    static final String ID = "510107197003150111";
    static final String FEMALE_ID = "510107198502020025";
    static final DocumentNumber NUMBER = DocumentNumber.of("川人社职〔2018〕60号");

    static List<String> row() {
        return new ArrayList<>(List.of("1", "510107", "居民身份证", ID, "张三", "男", "19700315", "SC001", "工程技术人员",
                "副高级", "高级工程师", "土木工程", "工程高评委", "2018-10-20", "2018-12-15", "", "设计院"));
    }

    static HistoryRowCheck check(AcquisitionType type, Set<String> existing) {
        return new HistoryRowCheck(type, NUMBER,
                Map.of("工程高评委", new InstitutionScope("工程高评委", Set.of("工程技术人员"), Set.of(TitleLevel.SENIOR_DEPUTY)),
                        "老评审机构", new InstitutionScope("老评审机构", Set.of(), Set.of())),
                Set.of("工程技术人员", "卫生技术人员"),
                Set.of(HistoryRowCheck.qualificationKey("工程技术人员", TitleLevel.SENIOR_DEPUTY, "高级工程师"),
                        HistoryRowCheck.qualificationKey("工程技术人员", TitleLevel.INTERMEDIATE, "工程师"),
                        HistoryRowCheck.qualificationKey("卫生技术人员", TitleLevel.SENIOR_DEPUTY, "副主任医师")),
                existing);
    }

    static HistoryRowResult checkWith(HistoryColumn column, String value) {
        List<String> cells = row();
        cells.set(column.ordinal(), value);
        return check(AcquisitionType.REVIEW, Set.of()).check(4, cells);
    }

    static void refused(HistoryRowResult result, HistoryColumn column, String key) {
        assertEquals(key, result.messageKey(), () -> "arguments " + result.arguments());
        assertEquals(column, result.column());
    }

    @Test
    void aCompleteRowPasses() {
        HistoryRowResult result = check(AcquisitionType.REVIEW, Set.of()).check(4, row());
        assertTrue(result.isValid(), () -> result.messageKey() + " " + result.arguments());
        assertEquals(NUMBER.value(), result.details().documentNumber(), "a blank 文号 takes the batch's");
        assertEquals(TitleLevel.SENIOR_DEPUTY, result.details().level());
    }

    @Test
    void requiredCellsAndLengths() {
        refused(checkWith(HistoryColumn.NAME, ""), HistoryColumn.NAME, "history.cell.required");
        refused(checkWith(HistoryColumn.NAME, "张".repeat(51)), HistoryColumn.NAME, "history.cell.tooLong");
        refused(checkWith(HistoryColumn.REGION_CODE, "51A107"), HistoryColumn.REGION_CODE, "history.cell.regionCode");
        assertTrue(checkWith(HistoryColumn.REGION_CODE, "").isValid());
    }

    @Test
    void idNumberChecksumAndBirthDateAndSexAgreeWithIt() {
        refused(checkWith(HistoryColumn.ID_NUMBER, "999995593"), HistoryColumn.ID_NUMBER, "idNumber.length");
        refused(checkWith(HistoryColumn.ID_NUMBER, "510107197003150112"), HistoryColumn.ID_NUMBER,
                "idNumber.checksum");
        refused(checkWith(HistoryColumn.SEX, "女"), HistoryColumn.SEX, "history.sex.mismatch");
        refused(checkWith(HistoryColumn.SEX, "M"), HistoryColumn.SEX, "history.sex.value");
        refused(checkWith(HistoryColumn.BIRTH_DATE, "19700316"), HistoryColumn.BIRTH_DATE,
                "history.birthDate.mismatch");
        List<String> female = row();
        female.set(HistoryColumn.ID_NUMBER.ordinal(), FEMALE_ID);
        female.set(HistoryColumn.SEX.ordinal(), "女");
        female.set(HistoryColumn.BIRTH_DATE.ordinal(), "1985-02-02");
        assertTrue(check(AcquisitionType.REVIEW, Set.of()).check(4, female).isValid());
        refused(checkWith(HistoryColumn.ID_TYPE, "军官证"), HistoryColumn.ID_TYPE, "history.idType.unknown");
        List<String> passport = row();
        passport.set(HistoryColumn.ID_TYPE.ordinal(), "护照");
        passport.set(HistoryColumn.ID_NUMBER.ordinal(), "E12345678");
        assertTrue(check(AcquisitionType.REVIEW, Set.of()).check(4, passport).isValid());
    }

    @Test
    void catalogEntriesMustExist() {
        refused(checkWith(HistoryColumn.SERIES, "没有的系列"), HistoryColumn.SERIES, "history.series.unknown");
        refused(checkWith(HistoryColumn.LEVEL, "高级"), HistoryColumn.LEVEL, "history.level.unknown");
        refused(checkWith(HistoryColumn.QUALIFICATION, "工程师"), HistoryColumn.QUALIFICATION,
                "history.qualification.unknown");
    }

    @Test
    void theInstitutionMustBeOneOfTheUnitsAndCoverTheTitle() {
        refused(checkWith(HistoryColumn.INSTITUTION, "别人的评委会"), HistoryColumn.INSTITUTION,
                "history.institution.notAllowed");
        assertTrue(checkWith(HistoryColumn.INSTITUTION, "老评审机构").isValid());
        List<String> otherSeries = row();
        otherSeries.set(HistoryColumn.SERIES.ordinal(), "卫生技术人员");
        otherSeries.set(HistoryColumn.QUALIFICATION.ordinal(), "副主任医师");
        refused(check(AcquisitionType.REVIEW, Set.of()).check(4, otherSeries), HistoryColumn.INSTITUTION,
                "history.institution.scope");
    }

    @Test
    void initialAndConfirmationRowsNameThemselves() {
        refused(check(AcquisitionType.INITIAL, Set.of()).check(4, row()), HistoryColumn.INSTITUTION,
                "history.institution.initial");
        refused(check(AcquisitionType.CONFIRMATION, Set.of()).check(4, row()), HistoryColumn.INSTITUTION,
                "history.institution.confirmation");
        List<String> initial = row();
        initial.set(HistoryColumn.INSTITUTION.ordinal(), "初定");
        assertTrue(check(AcquisitionType.INITIAL, Set.of()).check(4, initial).isValid());
        List<String> confirmed = row();
        confirmed.set(HistoryColumn.INSTITUTION.ordinal(), "确认");
        assertTrue(check(AcquisitionType.CONFIRMATION, Set.of()).check(4, confirmed).isValid());
        List<String> entrusted = row();
        entrusted.set(HistoryColumn.INSTITUTION.ordinal(), "外省某评委会");
        assertTrue(check(AcquisitionType.ENTRUSTED, Set.of()).check(4, entrusted).isValid());
    }

    @Test
    void datesInEveryFormAndInOrder() {
        refused(checkWith(HistoryColumn.REVIEWED_ON, "2018年10月"), HistoryColumn.REVIEWED_ON, "history.cell.date");
        refused(checkWith(HistoryColumn.REVIEWED_ON, "2018-12-15"), HistoryColumn.REVIEWED_ON, "history.dates.order");
        assertTrue(checkWith(HistoryColumn.REVIEWED_ON, "20181020").isValid());
        assertTrue(checkWith(HistoryColumn.REVIEWED_ON, "43393").isValid(), "Excel serial 43393 = 2018-10-20");
        assertTrue(checkWith(HistoryColumn.APPROVED_ON, "2018/12/15").isValid());
    }

    @Test
    void documentNumberBracketsYearAndBatch() {
        refused(checkWith(HistoryColumn.DOCUMENT_NUMBER, "川人社职[2018]60号"), HistoryColumn.DOCUMENT_NUMBER,
                "documentNumber.brackets");
        refused(checkWith(HistoryColumn.DOCUMENT_NUMBER, "川人社职（2018）60号"), HistoryColumn.DOCUMENT_NUMBER,
                "documentNumber.brackets");
        refused(checkWith(HistoryColumn.DOCUMENT_NUMBER, "川人社职〔2018〕61号"), HistoryColumn.DOCUMENT_NUMBER,
                "history.documentNumber.batch");
        assertTrue(checkWith(HistoryColumn.DOCUMENT_NUMBER, "川人社职〔2018〕60号").isValid());
        refused(checkWith(HistoryColumn.APPROVED_ON, "2019-01-05"), HistoryColumn.DOCUMENT_NUMBER,
                "history.documentNumber.year");
    }

    @Test
    void duplicatesInTheFileAndAgainstStoredRecords() {
        HistoryRowCheck check = check(AcquisitionType.REVIEW, Set.of());
        assertTrue(check.check(4, row()).isValid());
        HistoryRowResult again = check.check(5, row());
        refused(again, HistoryColumn.ID_NUMBER, "history.duplicate.inFile");
        assertEquals(List.of("4"), again.arguments());
        String key = HistoryDetails.key(ID, "工程技术人员", TitleLevel.SENIOR_DEPUTY, NUMBER.value());
        refused(check(AcquisitionType.REVIEW, Set.of(key)).check(4, row()), HistoryColumn.ID_NUMBER,
                "history.duplicate.existing");
    }
}

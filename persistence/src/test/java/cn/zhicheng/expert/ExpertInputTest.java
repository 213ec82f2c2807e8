package cn.zhicheng.expert;

import cn.zhicheng.org.Sex;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpertInputTest {

    private static ExpertInput with(ExpertField field, String value) {
        ExpertInput v = ExpertTestData.valid();
        String[] cells = {v.country(), v.name(), v.idType(), v.idNumber(), v.sex(), v.birthMonth(), v.retired(),
                v.workUnit(), v.competentUnit(), v.adminPost(), v.adminPostLevel(), v.phone1(), v.phone2(),
                v.honours(), v.series(), v.specialty(), v.currentTitle(), v.post()};
        cells[field.ordinal()] = value;
        return new ExpertInput(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7],
                cells[8], cells[9], cells[10], cells[11], cells[12], cells[13], cells[14], cells[15], cells[16],
                cells[17]);
    }

    private static void refused(ExpertField field, String value, String key) {
        assertThatThrownBy(() -> with(field, value).validate())
                .isInstanceOfSatisfying(ExpertFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessageKey()).isEqualTo(key);
                });
    }

    @Test
    void aCompleteInputYieldsTypedValuesWithDefaults() {
        ExpertDetails d = with(ExpertField.COUNTRY, " ").validate();
        assertThat(d.country()).isEqualTo("中国");
        assertThat(d.idType()).isEqualTo(IdDocumentType.RESIDENT_ID);
        assertThat(d.sex()).isEqualTo(Sex.MALE);
        assertThat(d.birthMonth()).isEqualTo(YearMonth.of(1970, 3));
        assertThat(d.retired()).isFalse();
        assertThat(d.adminPostLevel()).isEqualTo(AdminPostLevel.DIVISION);
        assertThat(d.phone2()).isNull();
        assertThat(d.post()).isEqualTo(CommitteePost.MEMBER);
    }

    @Test
    void sexAndBirthMonthLeftBlankComeFromTheIdNumber() {
        ExpertDetails d = with(ExpertField.SEX, "").validate();
        assertThat(d.sex()).isEqualTo(Sex.MALE);
        assertThat(with(ExpertField.BIRTH_MONTH, "").validate().birthMonth()).isEqualTo(YearMonth.of(1970, 3));
        assertThat(with(ExpertField.BIRTH_MONTH, "1970-03").validate().birthMonth()).isEqualTo(YearMonth.of(1970, 3));
    }

    @Test
    void eachRuleNamesItsField() {
        refused(ExpertField.NAME, "", "expert.field.required");
        refused(ExpertField.NAME, "一二三四五六七八九十一", "expert.field.tooLong");
        refused(ExpertField.ID_TYPE, "护照", "expert.idType.unknown");
        refused(ExpertField.ID_NUMBER, "31010119970101", "idNumber.length");
        refused(ExpertField.ID_NUMBER, "999995593", "idNumber.length");
        refused(ExpertField.ID_NUMBER, ExpertTestData.idNumber("19700315", "011").substring(0, 17) + "0",
                "idNumber.checksum");
        refused(ExpertField.SEX, "女", "expert.sex.mismatch");
        refused(ExpertField.SEX, "未知", "expert.sex.unknown");
        refused(ExpertField.BIRTH_MONTH, "197004", "expert.birthMonth.mismatch");
        refused(ExpertField.BIRTH_MONTH, "1970年", "expert.birthMonth.format");
        refused(ExpertField.RETIRED, "也许", "expert.yesNo.unknown");
        refused(ExpertField.WORK_UNIT, "", "expert.field.required");
        refused(ExpertField.WORK_UNIT, "单".repeat(31), "expert.field.tooLong");
        refused(ExpertField.COMPETENT_UNIT, "单".repeat(31), "expert.field.tooLong");
        refused(ExpertField.ADMIN_POST, "", "expert.field.required");
        refused(ExpertField.ADMIN_POST, "职".repeat(21), "expert.field.tooLong");
        refused(ExpertField.ADMIN_POST_LEVEL, "部级", "expert.adminPostLevel.unknown");
        refused(ExpertField.PHONE1, "", "phone.required");
        refused(ExpertField.PHONE1, "02886130000", "phone.mobile.format");
        refused(ExpertField.PHONE2, "123", "phone.mobile.format");
        refused(ExpertField.HONOURS, "", "expert.field.required");
        refused(ExpertField.HONOURS, "荣".repeat(301), "expert.field.tooLong");
        refused(ExpertField.SPECIALTY, "", "expert.field.required");
        refused(ExpertField.CURRENT_TITLE, "", "expert.field.required");
        refused(ExpertField.POST, "秘书", "expert.post.unknown");
    }

    @Test
    void theFirstBadFieldInFormOrderIsReported() {
        ExpertInput twoBad = new ExpertInput("中国", "", "", "123", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "");
        assertThatThrownBy(twoBad::validate).isInstanceOfSatisfying(ExpertFieldException.class,
                e -> assertThat(e.getField()).isEqualTo(ExpertField.NAME));
    }

    @Test
    void columnsFollowTheFormOrder() {
        assertThat(ExpertField.COUNTRY.column()).isEqualTo(1);
        assertThat(ExpertField.ID_NUMBER.column()).isEqualTo(4);
        assertThat(ExpertField.values()).hasSize(18);
    }
}

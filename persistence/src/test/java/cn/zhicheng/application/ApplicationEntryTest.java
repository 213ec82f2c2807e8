package cn.zhicheng.application;

import cn.zhicheng.attachment.AttachmentPurpose;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.zhicheng.application.ApplicationFixtures.NOW;
import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** A saved form record: its files per slot, the lock after a pass, the copy from the personal profile. */
class ApplicationEntryTest {

    private static final FileSlot TWO = new FileSlot("certificate", false, 2, AttachmentPurpose.GENERAL_DOCUMENT);

    @Test
    void aSlotTakesAtMostItsCount() {
        ApplicationEntry entry = ApplicationEntry.ofProfile(7L, FormSection.SKILL, 1, Map.of("name", "x"), NOW);
        entry.addFile(TWO, 1L, "a.pdf", NOW);
        entry.addFile(TWO, 2L, "b.pdf", NOW);
        assertRejected(() -> entry.addFile(TWO, 3L, "c.pdf", NOW), "application.file.slotFull");
        entry.addFile(new FileSlot("other", false, 1, AttachmentPurpose.GENERAL_DOCUMENT), 4L, "d.pdf", NOW);
        assertThat(entry.filesIn("certificate")).extracting(EntryFile::getAttachmentId).containsExactly(1L, 2L);
        assertThat(entry.removeFile(1L, NOW.plusMinutes(1)).getFileName()).isEqualTo("a.pdf");
        assertThat(entry.holds(1L)).isFalse();
        assertThat(entry.getUpdatedAt()).isEqualTo(NOW.plusMinutes(1));
        assertRejected(() -> entry.removeFile(1L, NOW), "application.file.notFound");
        entry.addFile(TWO, 3L, "c.pdf", NOW);
    }

    @Test
    void aLockedEntryCannotChange() {
        ApplicationEntry entry = ApplicationEntry.ofProfile(7L, FormSection.WORK, 1,
                Map.of("startMonth", "2010-01", "endMonth", "2015-01"), NOW);
        entry.addFile(TWO, 1L, "a.pdf", NOW);
        entry.lock();
        assertRejected(() -> entry.replaceValues(Map.of(), NOW), "application.entry.locked");
        assertRejected(() -> entry.addFile(TWO, 2L, "b.pdf", NOW), "application.entry.locked");
        assertRejected(() -> entry.removeFile(1L, NOW), "application.entry.locked");
        assertThat(entry.value("endMonth")).isEqualTo("2015-01");
    }

    @Test
    void aProfileEntryCopiesIntoAnApplicationWithItsValuesAndFiles() {
        ApplicationEntry profile = ApplicationEntry.ofProfile(7L, FormSection.EDUCATION, 2,
                Map.of("school", "四川大学", "highest", "YES"), NOW);
        profile.addFile(FormSection.EDUCATION.file("diploma"), 11L, "毕业证.pdf", NOW);
        assertThat(profile.getApplicationId()).isNull();
        ApplicationEntry copy = profile.copyInto(500L, NOW.plusDays(1));
        assertThat(copy.getApplicationId()).isEqualTo(500L);
        assertThat(copy.getOwnerId()).isEqualTo(7L);
        assertThat(copy.getSection()).isEqualTo(FormSection.EDUCATION);
        assertThat(copy.getPosition()).isEqualTo(2);
        assertThat(copy.getValues()).isEqualTo(profile.getValues());
        assertThat(copy.filesIn("diploma")).extracting(EntryFile::getAttachmentId).containsExactly(11L);
        copy.replaceValues(Map.of("school", "华西医学院"), NOW.plusDays(1));
        copy.removeFile(11L, NOW.plusDays(1));
        assertThat(profile.value("school")).isEqualTo("四川大学");
        assertThat(profile.filesIn("diploma")).hasSize(1);
    }
}

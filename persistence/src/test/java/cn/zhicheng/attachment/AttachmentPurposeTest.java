package cn.zhicheng.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentPurposeTest {

    @Test
    void aPhotoAcceptsOnlyImages() {
        assertThat(AttachmentPurpose.APPLICANT_PHOTO.acceptedKinds())
                .containsExactlyInAnyOrder(FileKind.JPEG, FileKind.PNG, FileKind.GIF, FileKind.BMP);
        assertThat(AttachmentPurpose.APPLICANT_PHOTO.accepts(FileKind.PDF)).isFalse();
        assertThat(AttachmentPurpose.APPLICANT_PHOTO.accepts(FileKind.CSV)).isFalse();
    }

    @Test
    void aPhotoIsCappedAt500Kilobytes() {
        assertThat(AttachmentPurpose.APPLICANT_PHOTO.maxBytes()).isEqualTo(500L * 1024);
    }

    @Test
    void aStampedSummaryAcceptsOnlyPdf() {
        assertThat(AttachmentPurpose.STAMPED_PDF.acceptedKinds()).containsExactly(FileKind.PDF);
        assertThat(AttachmentPurpose.STAMPED_PDF.accepts(FileKind.JPEG)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AttachmentPurpose.class, names = {"UNIT_DOCUMENT", "GENERAL_DOCUMENT"})
    void documentsAcceptImagesAndPdfButNoSpreadsheets(AttachmentPurpose purpose) {
        assertThat(purpose.acceptedKinds())
                .containsExactlyInAnyOrder(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.GIF, FileKind.BMP);
    }

    @Test
    void anImportFileAcceptsOnlyXlsxAndCsv() {
        assertThat(AttachmentPurpose.IMPORT_FILE.acceptedKinds()).containsExactlyInAnyOrder(FileKind.XLSX, FileKind.CSV);
    }

    @ParameterizedTest
    @EnumSource(AttachmentPurpose.class)
    void everyPurposeHasAPositiveLimitAndAcceptsSomething(AttachmentPurpose purpose) {
        assertThat(purpose.maxBytes()).isPositive();
        assertThat(purpose.acceptedKinds()).isNotEmpty();
    }

    @Test
    void changingTheReturnedKindsDoesNotChangeThePurpose() {
        AttachmentPurpose.STAMPED_PDF.acceptedKinds().add(FileKind.CSV);

        assertThat(AttachmentPurpose.STAMPED_PDF.accepts(FileKind.CSV)).isFalse();
    }
}

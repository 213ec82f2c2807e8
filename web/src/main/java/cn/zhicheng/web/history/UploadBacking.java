package cn.zhicheng.web.history;

import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.BatchRow;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code /unit/history/upload.xhtml} (数据上传, SPEC §3.13.2–3.13.3): 批量导入 (acquisition type and 职称文件文号 →
 * template → upload → the historicalTitleImport job with a progress bar → success and failure counts); the 待提交 and
 * 已提交 batches; a batch's 失败数据 and 详情 ({@link BatchWorkBacking}); 提交审核 (发证机构, the review path, the
 * 任职资格文件).
 */
@Named
@ViewScoped
public class UploadBacking extends BatchWorkBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private PagedModel<BatchRow> drafts;
    private PagedModel<BatchRow> submitted;

    private AcquisitionType type = AcquisitionType.REVIEW;

    private BatchRow submitting;
    private List<UnitOption> issuers = List.of();
    private Long issuer;
    private List<UnitOption> path = List.of();

    public void load() {
        drafts = new PagedModel<>((first, size) -> uploads.batches(false, first, size),
                () -> uploads.countBatches(false), BatchRow::id);
        submitted = new PagedModel<>((first, size) -> uploads.batches(true, first, size),
                () -> uploads.countBatches(true), BatchRow::id);
    }

    @Override
    protected long startJob(String documentNumber, Path file) {
        return imports.upload(type, documentNumber, file);
    }

    @Override
    protected void writeTemplate(OutputStream out) throws IOException {
        imports.template(out);
    }

    @Override
    protected String templateFileKey() {
        return "history.upload.templateFile";
    }

    // ---- 提交审核 ----

    public void startSubmit(BatchRow batch) {
        try {
            submitting = uploads.batch(batch.id());
            issuers = uploads.issuers(batch.id());
            // the top-most authority (usually the province) is the usual 发证机构; nearer ones can be chosen
            issuer = issuers.isEmpty() ? null : issuers.get(issuers.size() - 1).id();
            clearQualificationFile();
            changeIssuer();
            Ajax.oncomplete("PF('submitDialog').show()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void changeIssuer() {
        path = issuer == null ? List.of() : uploads.reviewPath(submitting.id(), issuer);
    }

    public String getPathText() {
        return String.join("-", path.stream().map(UnitOption::name).toList());
    }

    public void submit() {
        try {
            uploads.submit(submitting.id(), issuer, getQualificationFile());
            messages.info("history.submit.done", submitting.documentNumber(), getPathText());
            submitted(submitting.id());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    // ---- getters and setters ----

    public AcquisitionType[] getTypes() {
        return AcquisitionType.values();
    }

    public PagedModel<BatchRow> getDrafts() {
        return drafts;
    }

    public PagedModel<BatchRow> getSubmitted() {
        return submitted;
    }

    public AcquisitionType getType() {
        return type;
    }

    public void setType(AcquisitionType type) {
        this.type = type;
    }

    public BatchRow getSubmitting() {
        return submitting;
    }

    public List<UnitOption> getIssuers() {
        return issuers;
    }

    public Long getIssuer() {
        return issuer;
    }

    public void setIssuer(Long issuer) {
        this.issuer = issuer;
    }

    public List<UnitOption> getPath() {
        return path;
    }
}

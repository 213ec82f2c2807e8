package cn.zhicheng.expert;

import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobName;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * 批量新增 (SPEC §3.6.3) for the unit that formed a committee: the template, the check run (下一步: 成功数据 / 失败数据),
 * the import run (下一步: valid rows land in 本单位新增待提交), the failed rows as a file to correct, and following or
 * restarting a run. Both runs are the Jakarta Batch job {@code expertImport}, started through {@link BatchJobs}
 * outside a transaction; every call first checks that the caller manages the committee's pool ({@link PoolAccess}:
 * its formation unit, or the HB committee account), and a run of another committee is out of reach (HTTP 403).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER, Role.Names.COMMITTEE_ADMIN})
public class ExpertImportJobs {

    static final String COMMITTEE = "committeeId";

    @EJB
    private BatchJobs jobs;

    @EJB
    private PoolAccess access;

    @EJB
    private ExpertImports imports;

    /** Writes the empty template. */
    public void template(OutputStream out) throws IOException {
        ExpertTemplate.write(out);
    }

    /** Starts the check run on an uploaded file; returns the execution id to follow. */
    public long check(Long committeeId, Path file) {
        return start(committeeId, file, ImportMode.CHECK, new Properties());
    }

    /** Starts the import run on the same file: valid rows become drafts, refused rows are reported again. */
    public long importValid(Long committeeId, Path file) {
        return start(committeeId, file, ImportMode.IMPORT, new Properties());
    }

    /**
     * Starts a run with extra job parameters ({@code chunkSize}, and {@code failOnceAtRow} for restart drills).
     */
    public long start(Long committeeId, Path file, ImportMode mode, Properties extra) {
        Unit unit = access.requireManaged(committeeId);
        try {
            ExpertSheetReader.requireTemplate(file);
        } catch (InflatedXlsxException e) {
            throw new BusinessException("xlsx.inflated");
        } catch (IOException e) {
            throw new BusinessException("expert.import.notXlsx");
        }
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty("file", file.toAbsolutePath().toString());
        parameters.setProperty(COMMITTEE, committeeId.toString());
        parameters.setProperty("unitId", unit.getId().toString());
        parameters.setProperty("mode", mode.name());
        parameters.setProperty("toComplete", Boolean.toString(access.isCommitteeAccount()));
        return jobs.start(JobName.EXPERT_IMPORT, parameters);
    }

    /** A run of one of the caller's committees, with its progress (processed = valid rows, failed = refused). */
    public JobView view(Long committeeId, long executionId) {
        requireRunOf(committeeId, executionId);
        return jobs.view(executionId);
    }

    /** Restarts a failed or stopped run from its last committed chunk. */
    public long restart(Long committeeId, long executionId) {
        requireRunOf(committeeId, executionId);
        return jobs.restart(executionId);
    }

    public void stop(Long committeeId, long executionId) {
        requireRunOf(committeeId, executionId);
        jobs.stop(executionId);
    }

    /** One page of a run's refused rows, by row. */
    public List<ImportFailureRow> failures(Long committeeId, long executionId, int first, int pageSize) {
        JobView run = view(committeeId, executionId);
        return imports.failures(committeeId, run.instanceId(), first, pageSize);
    }

    public long countFailures(Long committeeId, long executionId) {
        JobView run = view(committeeId, executionId);
        return imports.countFailures(committeeId, run.instanceId());
    }

    /** Writes the refused rows of a run as a template file with a reason column, to correct and upload again. */
    public void writeFailures(Long committeeId, long executionId, java.util.function.Function<ImportFailureRow,
            String> reason, OutputStream out) throws IOException {
        JobView run = view(committeeId, executionId);
        List<ImportFailureRow> all = imports.failures(committeeId, run.instanceId(), 0, Integer.MAX_VALUE);
        ExpertTemplate.writeRows(out, all.stream().map(ImportFailureRow::cells).toList(),
                all.stream().map(reason).toList());
    }

    private void requireRunOf(Long committeeId, long executionId) {
        access.requireManaged(committeeId);
        Properties parameters = jobs.parameters(executionId);
        if (parameters == null || !committeeId.toString().equals(parameters.getProperty(COMMITTEE))) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
    }
}

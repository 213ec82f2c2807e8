package cn.zhicheng.history;

import cn.zhicheng.expert.InflatedXlsxException;
import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobName;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * 批量导入 of historical title data (SPEC §3.13.2): the template, the upload that creates a batch (acquisition type,
 * 职称文件文号) and starts the Jakarta Batch job {@code historicalTitleImport} on the file, following and restarting
 * that run, and the failed rows as a file with a reason column. Jobs start outside a transaction through
 * {@link BatchJobs}; every call first checks that the batch is the caller's unit's (HTTP 403 otherwise).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER, Role.Names.COMMITTEE_ADMIN})
public class HistoryImportJobs {

    static final String BATCH = "batchId";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private BatchJobs jobs;

    @EJB
    private HistoryUploads uploads;

    @EJB
    private HistoryReports reports;

    /** Writes the empty template with the catalog's active series in the 职称系列 drop-down. */
    public void template(OutputStream out) throws IOException {
        HistoryTemplate.write(out, seriesNames());
    }

    /** Writes the empty 历史职称上报导入模板 of a committee's historical activity (SX). */
    public void reportTemplate(OutputStream out) throws IOException {
        HistoryTemplate.writeReport(out, seriesNames());
    }

    private List<String> seriesNames() {
        return em.createQuery("select s.name from TitleSeries s where s.retired = false order by s.id", String.class)
                .getResultList();
    }

    /** Creates the batch and starts its import; returns the job execution id. */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long upload(AcquisitionType type, String documentNumber, Path file) {
        return upload(type, documentNumber, file, new Properties());
    }

    /** As {@link #upload(AcquisitionType, String, Path)} with extra job parameters (chunkSize, failOnceAtRow). */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long upload(AcquisitionType type, String documentNumber, Path file, Properties extra) {
        requireTemplate(file);
        return start(uploads.createBatch(type, documentNumber), file, extra);
    }

    /**
     * SX 证书历史数据导入: a committee's batch of its historical activity (历史职称上报导入模板, the same columns and
     * rules; the committee is the 评审机构), imported by the same job.
     */
    @RolesAllowed(Role.Names.COMMITTEE_ADMIN)
    public long uploadReport(Long activityId, String documentNumber, Path file) {
        requireTemplate(file);
        return start(reports.createBatch(activityId, documentNumber), file, new Properties());
    }

    private static void requireTemplate(Path file) {
        try {
            HistorySheetReader.requireTemplate(file);
        } catch (InflatedXlsxException e) {
            throw new BusinessException("xlsx.inflated");
        } catch (IOException e) {
            throw new BusinessException("history.import.notXlsx");
        }
    }

    private long start(Long batchId, Path file, Properties extra) {
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty("file", file.toAbsolutePath().toString());
        parameters.setProperty(BATCH, batchId.toString());
        long execution = jobs.start(JobName.HISTORICAL_TITLE_IMPORT, parameters);
        uploads.started(batchId, jobs.view(execution).instanceId());
        return execution;
    }

    /** The batch an execution imports into (the caller's unit's). */
    public long batchOf(long executionId) {
        Properties parameters = jobs.parameters(executionId);
        if (parameters == null || parameters.getProperty(BATCH) == null) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        long batchId = Long.parseLong(parameters.getProperty(BATCH));
        uploads.own(batchId);
        return batchId;
    }

    /** A run with its progress (processed = imported records, failed = refused rows). */
    public JobView view(long executionId) {
        batchOf(executionId);
        return jobs.view(executionId);
    }

    /** Restarts a failed or stopped run from its last committed chunk. */
    public long restart(long executionId) {
        batchOf(executionId);
        return jobs.restart(executionId);
    }

    /**
     * 数据导出: a batch's records as template rows, for its collecting unit or a unit on its review path.
     */
    public void writeRecords(Long batchId, OutputStream out) throws IOException {
        BatchRow batch = uploads.batch(batchId);
        List<RecordRow> records = uploads.records(batchId, 0, Integer.MAX_VALUE);
        List<List<String>> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            RecordRow r = records.get(i);
            rows.add(Arrays.asList(String.valueOf(i + 1), r.regionCode(), r.idType(), r.idNumber(),
                    r.name(), r.sex() == Sex.MALE ? "男" : "女",
                    r.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE), r.certificateNo(),
                    r.seriesName(), r.level().catalogName(), r.qualificationName(), r.specialty(), r.institution(),
                    r.reviewedOn().toString(), r.approvedOn().toString(), batch.documentNumber(), r.workUnit()));
        }
        HistoryTemplate.writeRows(out, seriesNames(), rows, List.of());
    }

    /** Writes a batch's refused rows as the template with a reason column, to correct and upload again. */
    public void writeFailures(Long batchId, Function<FailureRow, String> reason, OutputStream out) throws IOException {
        List<FailureRow> all = uploads.failures(batchId, 0, Integer.MAX_VALUE);
        HistoryTemplate.writeRows(out, seriesNames(), all.stream().map(FailureRow::cells).toList(),
                all.stream().map(reason).toList());
    }
}

package cn.zhicheng.certificate;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The job's last step: the batch becomes 已发放 once no certificate of it waits. */
@Named
@Dependent
public class FinishBatch extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String batchId;

    @EJB
    private CertificateGeneration generation;

    @Override
    public String process() {
        return generation.finishBatch(Long.parseLong(batchId)) ? "ISSUED" : "INCOMPLETE";
    }
}

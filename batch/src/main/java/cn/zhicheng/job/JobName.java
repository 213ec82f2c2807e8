package cn.zhicheng.job;

/** The batch jobs of the product; the value is the job XML name under META-INF/batch-jobs. */
public enum JobName {
    /** Loads a title catalog CSV (series,level,qualification) into the catalog, skipping rows already present. */
    TITLE_CATALOG_IMPORT("titleCatalogImport"),
    /** Checks or imports an expert xlsx into a committee's pool (SPEC §3.6.3); refused rows are kept with reasons. */
    EXPERT_IMPORT("expertImport"),
    /** Imports a historical-title xlsx into a batch (SPEC §3.13.2); refused rows are kept with reasons. */
    HISTORICAL_TITLE_IMPORT("historicalTitleImport"),
    /** Loads a social-insurance CSV into the local source (issue 6); a person's period at a unit is replaced. */
    INSURANCE_IMPORT("insuranceImport"),
    /** Generates the electronic certificates of one issuance batch (SPEC §3.12); restartable without duplicates. */
    CERTIFICATE_GENERATION("certificateGeneration");

    private final String xmlName;

    JobName(String xmlName) {
        this.xmlName = xmlName;
    }

    public String xmlName() {
        return xmlName;
    }

    public static JobName fromXmlName(String xmlName) {
        for (JobName name : values()) {
            if (name.xmlName.equals(xmlName)) {
                return name;
            }
        }
        throw new IllegalArgumentException("unknown job " + xmlName);
    }
}

package cn.zhicheng.history;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Refuses zip bombs before any sheet is parsed (SPEC §3.13, rules): POI's {@link ZipSecureFile} limits, set once at
 * startup for every xlsx the application opens. The upload size is capped by the attachment purpose
 * ({@code IMPORT_FILE}) and the multipart limit in web.xml.
 */
@Singleton
@Startup
public class PoiLimits {

    /** An entry may inflate to at most 100 times its compressed size (POI's default is 100 too, made explicit). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No single entry (a sheet's XML) above 2 GiB inflated; 1,000,000 rows of the template are about 300 MB. */
    static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024 - 1;
    static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;

    @PostConstruct
    void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }
}

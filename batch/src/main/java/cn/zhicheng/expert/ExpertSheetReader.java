package cn.zhicheng.expert;

import cn.zhicheng.shared.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the expert template ({@link ExpertTemplate}) for the {@code expertImport} job. */
@Named
@Dependent
public class ExpertSheetReader extends TemplateSheetReader {

    static final SheetLayout LAYOUT = new SheetLayout(ExpertTemplate.WIDTH, ExpertTemplate.HEADER_ROW,
            ExpertTemplate::checkHeader, ExpertTemplate::isExample, () -> new BusinessException("expert.import.header"));

    @Override
    protected SheetLayout layout() {
        return LAYOUT;
    }

    /** The data rows of an expert file: after the header, without the unchanged example and blank rows. */
    public static long countDataRows(Path path) throws IOException {
        return LAYOUT.countDataRows(path);
    }

    static boolean isData(SheetRow row) {
        return LAYOUT.isData(row);
    }

    /** Refuses a sheet whose header row is missing: checked by the facade before a run starts. */
    public static void requireTemplate(Path path) throws IOException {
        LAYOUT.requireTemplate(path);
    }
}

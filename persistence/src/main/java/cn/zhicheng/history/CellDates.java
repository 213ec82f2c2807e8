package cn.zhicheng.history;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as an import cell holds them (SPEC §3.13.2): a real date cell (read as the Excel serial day number, the 1900
 * date system), or text {@code yyyy-MM-dd}, {@code yyyy/MM/dd}, {@code yyyy.MM.dd} or {@code yyyyMMdd}.
 */
public final class CellDates {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SEPARATED = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern SERIAL = Pattern.compile("^(\\d{1,5})(\\.\\d+)?$");

    private CellDates() {
    }

    public static Optional<LocalDate> parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        try {
            Matcher m = COMPACT.matcher(text);
            if (m.matches()) {
                return Optional.of(date(m));
            }
            m = SEPARATED.matcher(text);
            if (m.matches()) {
                return Optional.of(date(m));
            }
            m = SERIAL.matcher(text);
            if (m.matches()) {
                long days = Long.parseLong(m.group(1));
                return days < 1 ? Optional.empty() : Optional.of(EXCEL_EPOCH.plusDays(days));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}

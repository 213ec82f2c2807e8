package cn.zhicheng.expert;

import java.io.IOException;
import java.io.Serial;

/**
 * An upload whose zip entries would inflate beyond POI's {@code ZipSecureFile} limits (a zip bomb, or a sheet too
 * large to import): refused from the zip directory before any XML is parsed, or by POI's guard while reading.
 */
public class InflatedXlsxException extends IOException {

    @Serial
    private static final long serialVersionUID = 1L;

    public InflatedXlsxException(String message) {
        super(message);
    }

    public InflatedXlsxException(String message, Throwable cause) {
        super(message, cause);
    }
}

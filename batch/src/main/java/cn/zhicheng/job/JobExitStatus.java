package cn.zhicheng.job;

import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ErrorMessages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A job's exit status for a refused input line, kept language-neutral in the job repository (line number, message
 * key, arguments) and turned into a sentence in the reader's language when shown.
 */
public final class JobExitStatus {

    private static final String PREFIX = "LINE";
    /** The ASCII unit separator: never part of a file name, a cell or a message argument a user typed. */
    private static final String SEPARATOR = "\u001F";
    private static final int MAX_LENGTH = 1000;

    private JobExitStatus() {
    }

    /** The exit status for a line that a job refused with a business error. */
    public static String lineRefused(long lineNumber, BusinessException refusal) {
        StringBuilder encoded = new StringBuilder(PREFIX).append(SEPARATOR).append(lineNumber)
                .append(SEPARATOR).append(refusal.getMessageKey());
        for (Object argument : refusal.getArguments()) {
            encoded.append(SEPARATOR).append(String.valueOf(argument).replace(SEPARATOR, " "));
        }
        return encoded.length() <= MAX_LENGTH ? encoded.toString() : encoded.substring(0, MAX_LENGTH);
    }

    /** The sentence for an exit status in the given language; statuses not written by {@link #lineRefused} as they are. */
    public static String describe(String exitStatus, Locale locale) {
        return decode(exitStatus).map(parts -> ErrorMessages.format(locale, "catalog.import.line", parts[1],
                        ErrorMessages.format(locale, parts[2], (Object[]) Arrays.copyOfRange(parts, 3, parts.length))))
                .orElse(exitStatus);
    }

    private static Optional<String[]> decode(String exitStatus) {
        if (exitStatus == null || !exitStatus.startsWith(PREFIX + SEPARATOR)) {
            return Optional.empty();
        }
        String[] parts = exitStatus.split(SEPARATOR, -1);
        return parts.length >= 3 ? Optional.of(parts) : Optional.empty();
    }
}

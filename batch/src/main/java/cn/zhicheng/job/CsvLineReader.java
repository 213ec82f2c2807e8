package cn.zhicheng.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a CSV import (title catalog, social-insurance records) line by line, after its header (never the whole file in memory); the checkpoint is the number of the last line
 * handed out, so a restart skips exactly what earlier chunks committed.
 */
@Named
@Dependent
public class CsvLineReader extends AbstractItemReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Inject
    @BatchProperty
    private String file;

    @Inject
    private JobContext jobContext;

    @EJB
    private JobProgressTracker progress;

    private BufferedReader reader;
    private long lineNumber;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path path = Path.of(file);
        if (checkpoint == null) {
            progress.total(jobContext.getInstanceId(), jobContext.getJobName(), countDataLines(path));
        }
        reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        long resumeAfter = checkpoint == null ? 1 : (Long) checkpoint;
        while (lineNumber < resumeAfter && reader.readLine() != null) {
            lineNumber++;
        }
    }

    private static long countDataLines(Path path) throws IOException {
        try (var lines = Files.lines(path, StandardCharsets.UTF_8)) {
            return Math.max(0, lines.skip(1).filter(line -> !line.isBlank()).count());
        }
    }

    @Override
    public Object readItem() throws IOException {
        String line;
        do {
            line = reader.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        if (!line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
            line = line.substring(1);
        }
        return new CsvLine(lineNumber, line);
    }

    @Override
    public Serializable checkpointInfo() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}

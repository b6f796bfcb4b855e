package io.github.gamedyn.spark;

import io.github.gamedyn.core.engine.CellFailedException;
import io.github.gamedyn.core.engine.CellJob;
import io.github.gamedyn.core.engine.CellKernel;
import io.github.gamedyn.core.engine.CellRanges;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.Function;

/**
 * The task of one range: range {@code k} of {@code ranges} is the cells
 * \([\lfloor kN/r \rfloor, \lfloor (k+1)N/r \rfloor)\). Builds the job's kernel, computes the
 * range with {@link CellRanges#compute} and sends back the results or the first failure.
 */
final class RangeTask<R> implements Function<Integer, RangeResult> {
    private static final long serialVersionUID = 1L;

    private final CellJob<R> job;
    private final int cells;
    private final int ranges;

    RangeTask(CellJob<R> job, int cells, int ranges) {
        this.job = job;
        this.cells = cells;
        this.ranges = ranges;
    }

    /** The first cell of range {@code k}; {@code bound(ranges)} is the number of cells. */
    static int bound(int k, int cells, int ranges) {
        return (int) ((long) k * cells / ranges);
    }

    @Override
    public RangeResult call(Integer k) {
        int from = bound(k, cells, ranges);
        int to = bound(k + 1, cells, ranges);
        CellKernel<R> kernel;
        try {
            kernel = job.kernel();
        } catch (RuntimeException e) {
            return RangeResult.jobFailure(Failures.message(e),
                    e instanceof IllegalArgumentException);
        }
        List<R> results;
        try {
            results = new ArrayList<>(CellRanges.compute(job, kernel, from, to));
        } catch (CellFailedException e) {
            return RangeResult.cellFailure(e.cell(), e.getMessage(), e.invalidArgument());
        }
        try {
            return RangeResult.of(serialise(results));
        } catch (NotSerializableException e) {
            int cell = firstUnserialisable(results);
            return RangeResult.cellFailure(from + cell, job.failure(from + cell, "its result "
                    + "cannot be sent back to the driver: " + e.getMessage() + " is not "
                    + "serialisable"), false);
        } catch (IOException e) {
            throw new IllegalStateException("the results of cells " + from + " to " + (to - 1)
                    + " cannot be serialised: " + Failures.message(e), e);
        }
    }

    private static byte[] serialise(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static int firstUnserialisable(List<?> results) {
        for (int i = 0; i < results.size(); i++) {
            try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                out.writeObject(results.get(i));
            } catch (IOException e) {
                return i;
            }
        }
        return 0;
    }
}

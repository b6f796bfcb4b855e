package io.github.gamedyn.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalEngineTest {

    /** Cells whose value is a seeded draw of their own: the same whatever the threads and chunk. */
    private record Draws(int cells, int chunk, long seed) implements CellJob<Double> {
        @Override
        public CellKernel<Double> kernel() {
            return cell -> new SplittableRandom(seed + cell).nextDouble();
        }
    }

    @Test
    void resultsAreInCellOrderAndTheSameForEveryThreadCountAndChunk() {
        List<Double> one = new LocalEngine(1).run(new Draws(1001, 1, 7));
        assertEquals(1001, one.size());
        for (int threads : new int[] {2, 3, 8}) {
            for (int chunk : new int[] {1, 7, 256, 5000}) {
                assertEquals(one, new LocalEngine(threads).run(new Draws(1001, chunk, 7)),
                        threads + " threads, chunk " + chunk);
            }
        }
        for (int cell = 0; cell < 1001; cell++) {
            assertEquals(new SplittableRandom(7 + cell).nextDouble(), one.get(cell));
        }
    }

    @Test
    void everyCellRunsOnceAndRangesAreBatched() {
        AtomicInteger calls = new AtomicInteger();
        List<int[]> ranges = new ArrayList<>();
        CellJob<Integer> job = new CellJob<>() {
            @Override
            public int cells() {
                return 100;
            }

            @Override
            public int chunk() {
                return 30;
            }

            @Override
            public CellKernel<Integer> kernel() {
                return new CellKernel<>() {
                    @Override
                    public Integer cell(int index) {
                        throw new AssertionError("the engine runs whole ranges");
                    }

                    @Override
                    public List<Integer> cells(int from, int to) {
                        calls.incrementAndGet();
                        synchronized (ranges) {
                            ranges.add(new int[] {from, to});
                        }
                        List<Integer> out = new ArrayList<>();
                        for (int i = from; i < to; i++) {
                            out.add(i * i);
                        }
                        return out;
                    }
                };
            }
        };
        List<Integer> squares = new LocalEngine(2).run(job);
        for (int i = 0; i < 100; i++) {
            assertEquals(i * i, squares.get(i));
        }
        assertEquals(4, calls.get());
        int covered = 0;
        for (int[] r : ranges) {
            assertEquals(0, r[0] % 30);
            covered += r[1] - r[0];
        }
        assertEquals(100, covered);
        assertThrows(UnsupportedOperationException.class, () -> squares.set(0, 1));
    }

    /** In a batched range the cell named is the first failing one, for any thread count. */
    @Test
    void aFailureNamesTheLowestFailingCell() {
        CellJob<Integer> job = new CellJob<>() {
            @Override
            public int cells() {
                return 500;
            }

            @Override
            public int chunk() {
                return 64;
            }

            @Override
            public CellKernel<Integer> kernel() {
                return cell -> {
                    if (cell == 77 || cell == 300) {
                        throw new ArithmeticException("boom at " + cell);
                    }
                    return cell;
                };
            }

            @Override
            public String failure(int cell, String cause) {
                return "the cell numbered " + cell + " failed: " + cause;
            }
        };
        for (int threads : new int[] {1, 2, 5}) {
            CellFailedException e = assertThrows(CellFailedException.class,
                    () -> new LocalEngine(threads).run(job));
            assertEquals(77, e.cell());
            assertEquals("the cell numbered 77 failed: boom at 77", e.getMessage());
            assertTrue(e.getCause() instanceof ArithmeticException);
        }
    }

    @Test
    void aBatchThatFailsAsAWholeIsNamedByItsRange() {
        CellJob<Integer> job = new CellJob<>() {
            @Override
            public int cells() {
                return 10;
            }

            @Override
            public int chunk() {
                return 4;
            }

            @Override
            public CellKernel<Integer> kernel() {
                return new CellKernel<>() {
                    @Override
                    public Integer cell(int index) {
                        return index;
                    }

                    @Override
                    public List<Integer> cells(int from, int to) {
                        if (from == 4) {
                            throw new IllegalStateException(null, null);
                        }
                        return CellKernel.super.cells(from, to);
                    }
                };
            }
        };
        CellFailedException e = assertThrows(CellFailedException.class,
                () -> new LocalEngine(2).run(job));
        assertEquals(4, e.cell());
        assertEquals("cell 4 failed: a failure without a message (in the batch of cells 4 to 7, "
                + "each of which succeeds alone)", e.getMessage());
    }

    @Test
    void aKernelReturningNullIsAnError() {
        CellJob<Integer> nulls = new CellJob<>() {
            @Override
            public int cells() {
                return 3;
            }

            @Override
            public CellKernel<Integer> kernel() {
                return cell -> cell == 2 ? null : cell;
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new LocalEngine(1).run(nulls));
        assertEquals("cell 2 failed: the kernel returned no result (null)", e.getMessage());
    }

    @Test
    void noCellsGiveNoResultsWithoutBuildingAKernel() {
        CellJob<Integer> empty = new CellJob<>() {
            @Override
            public int cells() {
                return 0;
            }

            @Override
            public CellKernel<Integer> kernel() {
                throw new AssertionError("no kernel for no cells");
            }
        };
        assertEquals(List.of(), new LocalEngine(3).run(empty));
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LocalEngine(0));
        assertEquals("threads = 0; allowed: threads >= 1", e.getMessage());
    }

    @Test
    void enginesByName() {
        assertEquals(List.of("local"), Engines.names());
        try (Engine engine = Engines.create("local", Map.of("threads", "3"))) {
            assertEquals("local", engine.name());
            assertEquals(3, ((LocalEngine) engine).threads());
        }
        assertEquals(Runtime.getRuntime().availableProcessors(),
                ((LocalEngine) Engines.create("local", Map.of())).threads());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Engines.create("spark", Map.of()));
        assertTrue(unknown.getMessage().startsWith("engine 'spark' is unknown; allowed: local"),
                unknown.getMessage());
        IllegalArgumentException setting = assertThrows(IllegalArgumentException.class,
                () -> Engines.create("local", Map.of("master", "local[2]")));
        assertEquals("setting 'master' of engine local is unknown; allowed: threads",
                setting.getMessage());
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> Engines.create("local", Map.of("threads", "two")));
        assertEquals("threads = 'two'; allowed: an integer >= 1", threads.getMessage());
    }
}

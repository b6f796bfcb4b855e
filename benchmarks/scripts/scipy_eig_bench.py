#!/usr/bin/env python3
"""Times scipy.linalg.eig (LAPACK dgeev) on the matrix sizes of EigenBenchmark, for a side-by-side ratio.

Random n x n matrices with standard normal entries (numpy seed 1; the values differ from the Java
benchmark's, the distribution is the same). Reports the median of several runs after a warm-up, with
the BLAS threads the machine offers (set OPENBLAS_NUM_THREADS to change).

  python3 benchmarks/scripts/scipy_eig_bench.py [runs]
"""
import os
import sys
import time

import numpy as np
import scipy
import scipy.linalg


def median_ms(f, runs):
    f()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return 1000 * float(np.median(times))


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    print(f"numpy {np.__version__}, scipy {scipy.__version__}, cpus {os.cpu_count()}, "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}, median of {runs} runs")
    for n in (100, 500):
        a = np.random.default_rng(1).standard_normal((n, n))
        vectors = median_ms(lambda: scipy.linalg.eig(a, right=True), runs)
        values = median_ms(lambda: scipy.linalg.eig(a, right=False), runs)
        print(f"n={n:4d}  eig (values+vectors) {vectors:9.3f} ms   eigvals only {values:9.3f} ms")


if __name__ == "__main__":
    main()

"""Reference 95 % Wilson score intervals (no continuity correction) for Share, from SciPy.

Run:  python3 wilson_reference.py > wilson_reference.csv   (scipy >= 1.7; deterministic)
Columns: successes, trials, lower, upper.
"""
from scipy.stats import binomtest

CASES = [(0, 20), (1, 20), (7, 20), (20, 20), (12, 1000), (500, 1000), (3, 7), (1, 1), (0, 1000),
         (999, 1000)]

if __name__ == '__main__':
    print('successes,trials,lower,upper')
    for k, n in CASES:
        ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson')
        print('%d,%d,%r,%r' % (k, n, float(ci.low), float(ci.high)))

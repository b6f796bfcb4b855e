"""Reference 95 % Student-t intervals of a mean for MeanInterval, from SciPy.

Run:  python3 mean_interval_reference.py > mean_interval_reference.csv   (scipy >= 1.7; deterministic)
Columns: values (separated by ';'), mean, lower, upper, with
scipy.stats.t.interval(0.95, n - 1, loc=mean, scale=sem) and sem = std(ddof=1) / sqrt(n).
"""
import numpy as np
from scipy import stats

CASES = [
    [8, 8, 7, 5, 8, 6, 8, 8, 4, 8, 7, 8, 8, 3, 8, 8, 6, 8, 7, 8],
    [1, 2],
    [0.25, 0.5, 0.125],
    [3, 3, 3, 4],
    list(np.round(np.random.default_rng(5).normal(0.4, 0.1, 10), 6)),
    [1e6 + 1, 1e6 + 2, 1e6 + 4],
]

if __name__ == '__main__':
    print('values,mean,lower,upper')
    for values in CASES:
        x = np.array(values, dtype=float)
        mean = x.mean()
        low, high = stats.t.interval(0.95, len(x) - 1, loc=mean, scale=stats.sem(x))
        print('%s,%r,%r,%r' % (';'.join(repr(float(v)) for v in x), float(mean), float(low),
                               float(high)))

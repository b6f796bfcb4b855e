"""Independent reference values for IpdBehaviour (game-zoo): response profiles of memory-one IPD
policies against the probes ALLC, ALLD, TFT, GRIM and themselves, with trembling hands.

Independent of the Java code in two ways:
- discounted visits d = (1-gamma) sum_t gamma^t p0 P^t by iterating the chain (until gamma^t < 1e-18),
  not by solving (I - gamma P)^T x = p0;
- player 2's profile is computed with player 2 in its own seat (policy in joint order, the probe as
  player 1, loss -d.r2, cooperation d_CC + d_DC), not by converting it to player 1's seat.

Each action is flipped with probability e: a policy p is played as e + (1 - 2e) p.

Run:  python3 ipd_profile_reference.py > ipd_profile_reference.csv   (numpy only; deterministic)
Columns: case, gamma, tremble, then 10 logits (player 1, player 2), then 26 features
((1-g)L1, (1-g)L2, dCC, dCD, dDC, dDD, player 1's profile, player 2's profile; a profile is
(loss, cooperation) against ALLC, ALLD, TFT, GRIM, itself).
"""
import numpy as np

R1 = np.array([-1.0, -3.0, 0.0, -2.0])
R2 = np.array([-1.0, 0.0, -3.0, -2.0])
# own view: P(C) at start, after (own, opponent) CC, CD, DC, DD
OWN = {'ALLC': [1, 1, 1, 1, 1], 'ALLD': [0, 0, 0, 0, 0], 'TFT': [1, 1, 0, 1, 0],
       'GRIM': [1, 1, 0, 0, 0], 'WSLS': [1, 1, 0, 0, 1]}
PROBES = ['ALLC', 'ALLD', 'TFT', 'GRIM']


def joint_of_player2(own):
    """Player 2 sees joint CD as (own D, opponent C): its joint-order entries are own-view swapped."""
    return [own[0], own[1], own[3], own[2], own[4]]


def visits(a, b, gamma):
    a = np.asarray(a, float)
    b = np.asarray(b, float)
    p = np.array([a[0] * b[0], a[0] * (1 - b[0]), (1 - a[0]) * b[0], (1 - a[0]) * (1 - b[0])])
    P = np.array([[a[s] * b[s], a[s] * (1 - b[s]), (1 - a[s]) * b[s], (1 - a[s]) * (1 - b[s])]
                  for s in range(1, 5)])
    d = np.zeros(4)
    weight = 1.0
    while weight > 1e-18:
        d += weight * p
        p = p @ P
        weight *= gamma
    return (1 - gamma) * d


def tremble(p, e):
    return e + (1 - 2 * e) * np.asarray(p, float)


def profile_player1(a, gamma, e):
    out = []
    for q in PROBES + [None]:
        b = joint_of_player2(OWN[q] if q else list(a))
        d = visits(tremble(a, e), tremble(b, e), gamma)
        out += [-(d @ R1), d[0] + d[1]]
    return out


def profile_player2(b, gamma, e):
    out = []
    for q in PROBES + [None]:
        a = OWN[q] if q else joint_of_player2(list(b))
        d = visits(tremble(a, e), tremble(b, e), gamma)
        out += [-(d @ R2), d[0] + d[2]]
    return out


def features(w, gamma, e):
    a = 1 / (1 + np.exp(-w[:5]))
    b = 1 / (1 + np.exp(-w[5:]))
    d = visits(a, b, gamma)
    return [-(d @ R1), -(d @ R2)] + list(d) + profile_player1(a, gamma, e) + profile_player2(b, gamma, e)


def row(name, gamma, e, w):
    return ','.join([name, repr(gamma), repr(e)] + [repr(float(x)) for x in w]
                    + [repr(float(x)) for x in features(np.asarray(w, float), gamma, e)])


def hard(own1, own2):
    """Logits +-40 (sigma(40) = 1 in double) of named strategies, player 2 converted to joint order."""
    return [40.0 if p else -40.0 for p in own1 + joint_of_player2(own2)]


if __name__ == '__main__':
    print('case,gamma,tremble,' + ','.join('w%d' % i for i in range(10)) + ','
          + ','.join('f%d' % i for i in range(26)))
    rng = np.random.default_rng(20261201)
    for name in OWN:
        print(row(name + '-' + name, 0.96, 0.05, hard(OWN[name], OWN[name])))
    print(row('TFT-GRIM', 0.96, 0.05, hard(OWN['TFT'], OWN['GRIM'])))
    print(row('ALLC-ALLD', 0.9, 0.1, hard(OWN['ALLC'], OWN['ALLD'])))
    for k in range(6):
        gamma, e = [(0.96, 0.05), (0.9, 0.1), (0.5, 0.02)][k % 3]
        print(row('random-%d' % k, gamma, e, rng.normal(0, 2, 10)))

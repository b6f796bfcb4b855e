package io.github.gamedyn.core.ad;

/**
 * Smooth elementwise functions with their first three derivatives, enough for third-order
 * directional derivatives of the losses.
 */
enum TaylorFunction {
    /** \(\sigma(x) = 1/(1+e^{-x})\), \(\sigma' = \sigma(x)\sigma(-x)\),
     * \(\sigma'' = \sigma'(\sigma(-x) - \sigma(x))\), \(\sigma''' = \sigma'(1 - 6\sigma')\). */
    SIGMOID {
        @Override
        double value(double x) {
            return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
        }

        /** With \(c = \sigma(-x)\) evaluated directly, \(1-\sigma\) never cancels for large x. */
        @Override
        double derivative(int order, double x, double y) {
            double c = value(-x);
            double d1 = y * c;
            switch (order) {
                case 1: return d1;
                case 2: return d1 * (c - y);
                default: return d1 * (1 - 6 * d1);
            }
        }
    },
    /** \(\log\sigma(x) = -\log(1+e^{-x})\), evaluated without overflow; derivatives
     * \(\sigma(-x) = 1-\sigma(x)\) (evaluated without cancellation), \(-\sigma'\), \(-\sigma''\). */
    LOG_SIGMOID {
        @Override
        double value(double x) {
            return Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)));
        }

        @Override
        double derivative(int order, double x, double y) {
            return order == 1 ? SIGMOID.value(-x)
                    : -SIGMOID.derivative(order - 1, x, SIGMOID.value(x));
        }
    },
    /** \(\log(1+e^{x})\), evaluated without overflow; derivatives \(\sigma\), \(\sigma'\), \(\sigma''\). */
    SOFTPLUS {
        @Override
        double value(double x) {
            return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
        }

        @Override
        double derivative(int order, double x, double y) {
            double s = SIGMOID.value(x);
            return order == 1 ? s : SIGMOID.derivative(order - 1, x, s);
        }
    },
    /** \(\tanh\), \(1-t^2\), \(-2t(1-t^2)\), \(-2(1-t^2)(1-3t^2)\). */
    TANH {
        @Override
        double value(double x) {
            return UnaryFunction.tanh(x);
        }

        /** \(1 - t^2 = 4e/(1+e)^2\), \(e = e^{-2|x|}\), for |t| &gt; 1/2, where the subtraction cancels. */
        @Override
        double derivative(int order, double x, double y) {
            double d1;
            if (Math.abs(y) > 0.5) {
                double e = Math.exp(-2 * Math.abs(x));
                d1 = 4 * e / ((1 + e) * (1 + e));
            } else {
                d1 = 1 - y * y;
            }
            switch (order) {
                case 1: return d1;
                case 2: return -2 * y * d1;
                default: return -2 * d1 * (1 - 3 * y * y);
            }
        }
    },
    /** \(e^x\), its own derivatives. */
    EXP {
        @Override
        double value(double x) {
            return Math.exp(x);
        }

        @Override
        double derivative(int order, double x, double y) {
            return y;
        }
    },
    /** \(\log x\), \(1/x\), \(-1/x^2\), \(2/x^3\). */
    LOG {
        @Override
        double value(double x) {
            return Math.log(x);
        }

        @Override
        double derivative(int order, double x, double y) {
            double r = 1 / x;
            switch (order) {
                case 1: return r;
                case 2: return -r * r;
                default: return 2 * r * r * r;
            }
        }
    },
    /** \(x^2\), \(2x\), 2, 0. */
    SQUARE {
        @Override
        double value(double x) {
            return x * x;
        }

        @Override
        double derivative(int order, double x, double y) {
            switch (order) {
                case 1: return 2 * x;
                case 2: return 2;
                default: return 0;
            }
        }
    },
    /** \(1/x\), \(-1/x^2\), \(2/x^3\), \(-6/x^4\). */
    RECIPROCAL {
        @Override
        double value(double x) {
            return 1 / x;
        }

        @Override
        double derivative(int order, double x, double y) {
            switch (order) {
                case 1: return -y * y;
                case 2: return 2 * y * y * y;
                default: return -6 * y * y * y * y;
            }
        }
    },
    /** \(\sin\), \(\cos\), \(-\sin\), \(-\cos\). */
    SIN {
        @Override
        double value(double x) {
            return Math.sin(x);
        }

        @Override
        double derivative(int order, double x, double y) {
            switch (order) {
                case 1: return Math.cos(x);
                case 2: return -y;
                default: return -Math.cos(x);
            }
        }
    },
    /** \(\cos\), \(-\sin\), \(-\cos\), \(\sin\). */
    COS {
        @Override
        double value(double x) {
            return Math.cos(x);
        }

        @Override
        double derivative(int order, double x, double y) {
            switch (order) {
                case 1: return -Math.sin(x);
                case 2: return -y;
                default: return Math.sin(x);
            }
        }
    };

    /** f(x). */
    abstract double value(double x);

    /** The derivative of the given order (1, 2 or 3) at {@code x}, where {@code y = f(x)}. */
    abstract double derivative(int order, double x, double y);
}

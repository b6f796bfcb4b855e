/**
 * Learning dynamics as maps and flows with exact Jacobians.
 *
 * <p>A learning rule is a {@link io.github.gamedyn.core.dynamics.DifferentiableMap}
 * \( x_{t+1} = F(x_t) \) on parameters or on an augmented state (parameters plus optimiser buffers); a
 * {@link io.github.gamedyn.core.dynamics.SecondOrderMap} also contracts its second derivative, which
 * gradients of Lyapunov objectives need. A continuous-time {@link io.github.gamedyn.core.dynamics.Flow}
 * becomes a map through its time-\( \tau \) {@link io.github.gamedyn.core.dynamics.FlowMap}. Plugging a game
 * in is one adapter: {@code apply} = \( \omega - \alpha\xi(\omega) \), {@code jacobian} = \( I - \alpha\hat H \).
 */
package io.github.gamedyn.core.dynamics;

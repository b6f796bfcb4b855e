"""Reference trajectories on the memory-one IPD from the update of the Stable Opponent Shaping
notebook (Letcher, Foerster, Balduzzi, Rocktaschel, Whiteson, ICLR 2019), in PyTorch float64:
naive learning ('nl'), LookAhead ('la'), LOLA ('lola') and SOS ('sos'), alpha = 1, a = 0.5,
b = 0.1, unscaled losses with gamma = 0.96, the notebook's own autograd formulation (gradients of
the players' 'terms', torch.inverse), independent of gamedyn's products.

Writes, per method and start, the start and every iterate of 30 steps:
  /usr/bin/python3 sos_notebook_ipd.py > sos-notebook-ipd.txt
"""
import numpy as np
import torch

torch.set_default_dtype(torch.float64)
STEPS = 30
GAMMA = 0.96


def ipd_losses(th):
    p_1_0 = torch.sigmoid(th[0][0:1])
    p_2_0 = torch.sigmoid(th[1][0:1])
    p = torch.cat([p_1_0 * p_2_0, p_1_0 * (1 - p_2_0), (1 - p_1_0) * p_2_0, (1 - p_1_0) * (1 - p_2_0)])
    p_1 = torch.reshape(torch.sigmoid(th[0][1:5]), (4, 1))
    p_2 = torch.reshape(torch.sigmoid(th[1][1:5]), (4, 1))
    P = torch.cat([p_1 * p_2, p_1 * (1 - p_2), (1 - p_1) * p_2, (1 - p_1) * (1 - p_2)], dim=1)
    M = -torch.matmul(p, torch.inverse(torch.eye(4) - GAMMA * P))
    payout_1 = torch.tensor([[-1., -3.], [0., -2.]])
    payout_2 = payout_1.T
    return [torch.matmul(M, torch.reshape(payout_1, (4, 1))), torch.matmul(M, torch.reshape(payout_2, (4, 1)))]


def get_gradient(function, param):
    return torch.autograd.grad(function, param, create_graph=True)[0]


def update_th(th, alpha, algo, a=0.5, b=0.1):
    n = len(th)
    losses = ipd_losses(th)
    grad_L = [[get_gradient(losses[j], th[i]) for j in range(n)] for i in range(n)]
    if algo == 'nl':
        grads = [grad_L[i][i] for i in range(n)]
    elif algo == 'la':
        terms = [sum([torch.dot(grad_L[j][i], grad_L[j][j].detach()) for j in range(n) if j != i]) for i in range(n)]
        grads = [grad_L[i][i] - alpha * get_gradient(terms[i], th[i]) for i in range(n)]
    elif algo == 'lola':
        terms = [sum([torch.dot(grad_L[j][i], grad_L[j][j]) for j in range(n) if j != i]) for i in range(n)]
        grads = [grad_L[i][i] - alpha * get_gradient(terms[i], th[i]) for i in range(n)]
    elif algo == 'sos':
        terms = [sum([torch.dot(grad_L[j][i], grad_L[j][j].detach()) for j in range(n) if j != i]) for i in range(n)]
        xi_0 = [grad_L[i][i] - alpha * get_gradient(terms[i], th[i]) for i in range(n)]
        chi = [get_gradient(sum([torch.dot(grad_L[j][i].detach(), grad_L[j][j]) for j in range(n) if j != i]), th[i])
               for i in range(n)]
        dot = torch.dot(-alpha * torch.cat(chi), torch.cat(xi_0))
        p1 = 1 if dot >= 0 else min(1, -a * torch.norm(torch.cat(xi_0)) ** 2 / dot)
        xi = torch.cat([grad_L[i][i] for i in range(n)])
        xi_norm = torch.norm(xi)
        p2 = xi_norm ** 2 if xi_norm < b else 1
        p = min(p1, p2)
        grads = [xi_0[i] - p * alpha * chi[i] for i in range(n)]
    with torch.no_grad():
        for i in range(n):
            th[i] -= alpha * grads[i]
    return th


def main():
    print("# " + __doc__.strip().splitlines()[0])
    print("# per run: 'run METHOD', then 'step t w_1 ... w_10' for t = 0 .. %d" % STEPS)
    for seed in range(3):
        start = np.random.RandomState(seed).randn(10)
        for algo in ['nl', 'la', 'lola', 'sos']:
            th = [torch.tensor(start[:5], requires_grad=True), torch.tensor(start[5:], requires_grad=True)]
            print("run " + algo)
            for t in range(STEPS + 1):
                w = torch.cat([th[0], th[1]]).detach().numpy()
                print("step %d %s" % (t, " ".join(repr(float(x)) for x in w)))
                if t < STEPS:
                    th = update_th(th, 1.0, algo)


if __name__ == "__main__":
    main()

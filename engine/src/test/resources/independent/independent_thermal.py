#!/usr/bin/env python3
"""Independent check of thermal.json and of the pole counts, in mpmath (40 digits), sharing no code with the engine.

For each case of thermal.json: (1) the Dirichlet eigenvalues of the profile region [0, L] (hard walls at the
leads) by Sturm node counting and bisection; (2) from each, a zero of the incident amplitude a(E) (transfer
matrix continued to complex E, Gamow branch in the leads) by the secant method, from the real axis and then,
for eigenvalues left without a new zero, from deeper starts with the zeros found so far divided out; zeros with
E_r in [E0, Vmax + 10 kT] are counted; (3) <T> = (1/kT) integral_{E0}^{Vmax + 40 kT} T(E) exp(-(E - E0)/kT) dE
by adaptive Gauss-Legendre (10 vs 20 points) on panels with breakpoints at E_r + m Gamma around every pole.
Usage: independent_thermal.py transmission.json thermal.json [case ...]
"""
import json, sys, mpmath as mp

mp.mp.dps = 40
HBAR = mp.mpf('6.62607015e-34') / (2 * mp.pi)
U = mp.mpf('1.66053906892e-27')
Q = mp.mpf('1.602176634e-19')
HBAR2_OVER_2U = HBAR * HBAR / (2 * U) / Q / mp.mpf('1e-20')   # eV A^2


class Case:
    def __init__(self, c):
        self.f = mp.mpf(c['species']['mass_u']) / HBAR2_OVER_2U
        p = c['profile']
        self.vl, self.vr = mp.mpf(p['lead_left_eV']), mp.mpf(p['lead_right_eV'])
        self.layers = [(mp.mpf(v), mp.mpf(d)) for v, d in p['layers']]

    def amplitude(self, e):
        """Incident amplitude a(E) of the solution that is a pure outgoing wave in the right lead."""
        k_r = mp.sqrt(self.f * (e - self.vr))
        k_l = mp.sqrt(self.f * (e - self.vl))
        psi, dpsi = mp.mpc(1), 1j * k_r
        for v, d in reversed(self.layers):
            lam = self.f * (v - e)
            q = mp.sqrt(lam)
            c = mp.cosh(q * d)
            s = mp.sinh(q * d) / q if q != 0 else d
            psi, dpsi = c * psi - s * dpsi, -lam * s * psi + c * dpsi
        return (psi - 1j * dpsi / k_l) / 2

    def transmission(self, e):
        k_r = mp.sqrt(self.f * (e - self.vr))
        k_l = mp.sqrt(self.f * (e - self.vl))
        return k_r / k_l / abs(self.amplitude(e)) ** 2

    def box_count(self, e):
        """Number of Dirichlet eigenvalues of [0, L] below e: zeros in (0, L) of psi with psi(0) = 0 (Sturm)."""
        psi, dpsi, zeros = mp.mpf(0), mp.mpf(1), 0
        for v, d in self.layers:
            lam = self.f * (v - e)
            if lam < 0:
                k = mp.sqrt(-lam)
                phi = mp.atan2(k * psi, dpsi)
                zeros += int(mp.floor((k * d + phi) / mp.pi)) - int(mp.floor(phi / mp.pi))
                c, s = mp.cos(k * d), mp.sin(k * d) / k
            else:
                q = mp.sqrt(lam)
                c = mp.cosh(q * d)
                s = mp.sinh(q * d) / q if q != 0 else d
                end = c * psi + s * dpsi
                if psi != 0 and end != 0 and (psi > 0) != (end > 0):
                    zeros += 1
            psi, dpsi = c * psi + s * dpsi, lam * s * psi + c * dpsi
        return zeros


def box_eigenvalues(case, lo, hi, rel=mp.mpf('1e-24')):
    out = []

    def split(a, b, na, nb):
        if nb == na:
            return
        if b - a < rel * b:
            out.extend([(a + b) / 2] * (nb - na))
            return
        m = (a + b) / 2
        nm = case.box_count(m)
        split(a, m, na, nm)
        split(m, b, nm, nb)

    split(lo, hi, case.box_count(lo), case.box_count(hi))
    return out


def converged_zero(fn, z0, z1):
    """The zero the secant method reaches from (z0, z1), or None."""
    try:
        z = mp.findroot(fn, (z0, z1), solver='secant', tol=mp.mpf(10) ** -60, maxsteps=300, verify=False)
        # converged: a further secant step from z is negligible (below 1e-28 relative)
        z2 = mp.findroot(fn, (z, z * (1 + mp.mpf('1e-30'))), solver='secant', maxsteps=1, verify=False)
        if abs(z2 - z) > mp.mpf('1e-28') * abs(z):
            return None
        return z
    except (ValueError, ZeroDivisionError):
        return None


def second_member(amplitude, z1):
    """The zero of amplitude(z) / (z - z1) nearest the zero z1, from a few starts about it (None if none
    converges): z1's partner where two zeros (nearly) coincide, or z1 itself for a double zero."""
    deflated = lambda z: amplitude(z) / (z - z1)
    best = None
    for off in (mp.mpc('1e-9'), mp.mpc('-1e-9'), mp.mpc(0, '1e-11'), mp.mpc(0, '-1e-11')):
        o = off * abs(z1)
        z = converged_zero(deflated, z1 + o, z1 + 2 * o)
        if z is not None and (best is None or abs(z - z1) < abs(best - z1)):
            best = z
    return best

def poles(case, e0, top):
    """Zeros of a(E) from the Dirichlet eigenvalues: first from each eigenvalue on the real axis; then,
    for the eigenvalues left without a new zero, from deeper starts with the zeros found so far divided out."""
    found = []
    margin = (top - e0) * mp.mpf('0.1')
    seeds = box_eigenvalues(case, e0 + mp.mpf('1e-15'), top + margin)

    def new(z):
        return z is not None and z.imag < 0 and all(abs(z - p) > mp.mpf(10) ** -20 * abs(z) for p in found)

    left = []
    for eb in seeds:
        z = converged_zero(case.amplitude, mp.mpc(eb, 0), mp.mpc(eb, -mp.mpf('1e-9') * eb))
        if new(z):
            found.append(z)
        else:
            left.append(eb)
    for eb in left:
        near = [p for p in found if abs(p.real - eb) < (top - e0) / 10]
        deflated = lambda z: case.amplitude(z) / mp.fprod(z - p for p in near)
        spacing = min(abs(eb - s) for s in seeds if s != eb)
        for d in (1, 3, 6):
            z0 = mp.mpc(eb, -d * spacing)
            z = converged_zero(deflated, z0, z0 * (1 + mp.mpf('1e-9')))
            if new(z) and converged_zero(case.amplitude, z, z * (1 + mp.mpf('1e-12'))) is not None:
                found.append(z)
                break
        else:
            print('  no new zero from box eigenvalue', mp.nstr(eb, 15), file=sys.stderr)
    return sorted((p for p in found if e0 <= p.real <= top), key=lambda p: p.real)


def gauss_legendre(n):
    xs, ws = [], []
    for k in range(1, n + 1):
        x = mp.cos(mp.pi * (k - mp.mpf(1) / 4) / (n + mp.mpf(1) / 2))
        for _ in range(100):
            p0, p1 = mp.mpf(1), x
            for j in range(2, n + 1):
                p0, p1 = p1, ((2 * j - 1) * x * p1 - (j - 1) * p0) / j
            dp = n * (x * p1 - p0) / (x * x - 1)
            dx = p1 / dp
            x -= dx
            if abs(dx) < mp.mpf(10) ** -28:
                break
        xs.append(x)
        ws.append(2 / ((1 - x * x) * dp * dp))
    return xs, ws


GL10, GL20 = gauss_legendre(10), gauss_legendre(20)


def mean_transmission(case, e0, vmax, kt, pole_list):
    top = vmax + 40 * kt
    cuts = {e0, top} | {v for v, _ in case.layers if e0 < v < top}
    for z in pole_list:
        gamma = max(-2 * z.imag, mp.mpf('1e-30'))
        for m in (0, 0.5, 2, 8, 32, 128, 512, 2048, 8192):
            for s in (1, -1):
                x = z.real + s * m * gamma
                if e0 < x < top:
                    cuts.add(x)
    cuts = sorted(cuts)

    def f(e):
        return case.transmission(e) * mp.exp(-(e - e0) / kt) / kt

    def rule(a, b, r):
        h, m = (b - a) / 2, (a + b) / 2
        return h * mp.fsum(w * f(m + h * x) for x, w in zip(*r))

    def panel(a, b, depth=0):
        lo, hi = rule(a, b, GL10), rule(a, b, GL20)
        if abs(hi - lo) <= mp.mpf('1e-18') * abs(hi) + mp.mpf('1e-40') or depth > 40:
            return hi
        m = (a + b) / 2
        return panel(a, m, depth + 1) + panel(m, b, depth + 1)

    return mp.fsum(panel(a, b) for a, b in zip(cuts[:-1], cuts[1:]))


def main():
    cases = {c['name']: c for c in json.load(open(sys.argv[1]))['cases']}
    thermal = json.load(open(sys.argv[2]))['cases']
    wanted = set(sys.argv[3:])
    for t in thermal:
        if wanted and t['name'] not in wanted:
            continue
        case = Case(cases[t['name']])
        kt = mp.mpf(t['kT_eV'])
        e0 = max(case.vl, case.vr)
        vmax = max([e0] + [v for v, _ in case.layers])
        top = vmax + 10 * kt
        plist = poles(case, e0, top)
        nbox = case.box_count(top) - case.box_count(e0 + mp.mpf('1e-15'))
        mean = mean_transmission(case, e0, vmax, kt, plist)
        ref = mp.mpf(t['mean_transmission'])
        print(json.dumps({'name': t['name'], 'mean_transmission': mp.nstr(mean, 25),
                          'relative_difference_to_thermal_json': mp.nstr((mean - ref) / ref, 3),
                          'distinct_poles_in_window': len(plist), 'box_eigenvalues_in_window': nbox,
                          'thermal_json_poles_in_window': t['poles_in_window'],
                          'poles': [[mp.nstr(p.real, 20), mp.nstr(-2 * p.imag, 12)] for p in plist]}), flush=True)


if __name__ == '__main__':
    main()

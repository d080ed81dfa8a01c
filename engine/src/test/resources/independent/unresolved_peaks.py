#!/usr/bin/env python3
"""<T> of profiles whose resonances are narrower than an ulp of E_r, in mpmath, sharing no code with the engine.

For each case: (1) the Dirichlet eigenvalues of the profile region below Vmax + 60 kT by Sturm counting
(independent_thermal.py); (2) from each, a zero of the incident amplitude a(E) by the secant method; (3) <T> =
(1/kT) integral_{E0}^{Vmax + 60 kT} T(E) exp(-(E - E0)/kT) dE with mpmath's tanh-sinh quadrature: every narrow
pole (Gamma below 1/20 of the distance to its neighbours' midpoints) gets a core E_r +- 1000 Gamma in
E = E_r + (Gamma/2) tan t and tails out to half-way to those midpoints in t = ln|E - E_r|, the rest linear
panels at most a quarter kT wide, cut at each broader pole's E_r (and at E_r +- Gamma and +- 4 Gamma where Gamma is
below a panel's width). Also each narrow pole's Gamma and T(E_r) (its peak), and the counts of eigenvalues
and of zeros below Vmax (equal where no zero was missed: eigenvalues left without a zero get deeper starts).

The profile is given in doubles (as the engine holds it) and the species by its mass in u. 60 digits (the default)
carry the peaks of the test's cases, whose widths reach 1e-25 eV at E_r ~ 1e-4 eV, but not a width below about
1e-55 E_r: a tilted fuzz-multisite profile's <T> is carried by a pole of 4e-69 eV at 0.0078 eV, whose width and
peak came out wrong at 60 digits and right at 100 and 140.

Usage: unresolved_peaks.py CASES.json [DIGITS] > OUT.json   (CASES: a list of {name, mass_u, temperature_K,
lead_left_eV, lead_right_eV, layers: [[V, d], ...]}, or an object with such a list as "cases", e.g.
unresolved-peaks-fuzz-cases.json; UnresolvedPeakTest holds the engine to unresolved-peaks-mpmath.json, made so)
"""
import importlib.util, json, os, sys, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('it', os.path.join(HERE, 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)

mp.mp.dps = 60  # the default; see the usage
K_B = mp.mpf('1.380649e-23') / mp.mpf('1.602176634e-19')  # eV/K (SI: exact)


def solve(c):
    case = it.Case({'species': {'mass_u': c['mass_u']},
                    'profile': {'lead_left_eV': c['lead_left_eV'], 'lead_right_eV': c['lead_right_eV'],
                                'layers': c['layers']}})
    kt = K_B * mp.mpf(c['temperature_K'])
    e0 = max(case.vl, case.vr)
    vmax = max([e0] + [v for v, d in case.layers])
    top = vmax + 60 * kt
    seeds = it.box_eigenvalues(case, e0, top, rel=mp.mpf('1e-45'))
    zeros, left = [], []
    for s in seeds:
        deflated = lambda z: case.amplitude(z) / mp.fprod([z - p for p in zeros])
        z = it.converged_zero(deflated, mp.mpc(s, 0), mp.mpc(s * (1 + mp.mpf('1e-20')), -s * mp.mpf('1e-20')))
        if z is not None and z.imag < 0 and e0 < z.real < top:
            zeros.append(z)
        else:
            left.append(s)
    # eigenvalues left without a zero (the first pass's iterates went to a neighbour's, or a broad pole under
    # bias): from the eigenvalue again and then deeper, with every zero found since divided out
    for s in left:
        spacing = min([abs(s - t) for t in seeds if t != s] + [top - e0])
        deflated = lambda z: case.amplitude(z) / mp.fprod([z - p for p in zeros])
        for d in (0, 1, 3, 6):
            z0 = mp.mpc(s, -d * spacing)
            z1 = z0 * (1 + mp.mpf('1e-9')) if d else mp.mpc(s * (1 + mp.mpf('1e-20')), -s * mp.mpf('1e-20'))
            z = it.converged_zero(deflated, z0, z1)
            if z is not None and z.imag < 0 and e0 < z.real < top:
                zeros.append(z)
                break
    poles = sorted((z.real, -2 * z.imag) for z in zeros)
    g = lambda e: case.transmission(e) * mp.exp(-(e - e0) / kt) if e > e0 else mp.mpf(0)
    mids = [e0] + [(poles[i][0] + poles[i + 1][0]) / 2 for i in range(len(poles) - 1)] + [top]

    def linear(a, b):
        # panels at most a quarter kT wide, cut at every broader pole and at E_r +- Gamma, +- 4 Gamma where Gamma is
        # below a panel's width: a broad peak a quarter of a panel wide, not cut, once left 2e-3 of <T>
        if b <= a:
            return mp.mpf(0)
        cuts = {a, b}
        for er, gamma in poles:
            for m in ((0, -1, 1, -4, 4) if gamma < kt / 4 else (0,)):
                if a < er + m * gamma < b:
                    cuts.add(er + m * gamma)
        cuts = sorted(cuts)
        out = mp.mpf(0)
        for x, y in zip(cuts, cuts[1:]):
            n = max(1, int(mp.ceil((y - x) / (kt / 4))))
            out += mp.quad(g, [x + (y - x) * i / n for i in range(n + 1)])
        return out

    def tail(er, sign, a, b):
        return mp.quad(lambda t: g(er + sign * mp.exp(t)) * mp.exp(t), mp.linspace(mp.log(a), mp.log(b), 12))

    total, lo, narrow = mp.mpf(0), e0, []
    for i, (er, gamma) in enumerate(poles):
        left, right = mids[i], mids[i + 1]
        if not gamma < min(er - left, right - er) / 20:
            continue
        d = min(1000 * gamma, (er - left) / 4, (right - er) / 4)
        h = gamma / 2
        th = mp.atan(d / h)
        core = mp.quad(lambda t: g(er + h * mp.tan(t)) * h / mp.cos(t) ** 2, [-th, -th / 2, -th / 8, 0, th / 8, th / 2, th])
        total += linear(lo, er - (er - left) / 2) + tail(er, -1, d, (er - left) / 2) + core + tail(er, 1, d, (right - er) / 2)
        lo = er + (right - er) / 2
        narrow.append({'energy_eV': mp.nstr(er, 30), 'width_eV': mp.nstr(gamma, 20),
                       'peak_transmission': mp.nstr(case.transmission(er), 20)})
    total += linear(lo, top)
    below = [s for s in seeds if s < vmax]
    found_below = [p for p in poles if p[0] < vmax]
    return {'name': c['name'], 'mean_transmission': mp.nstr(total / kt, 25), 'narrow_poles': narrow,
            'eigenvalues_below_vmax': len(below), 'zeros_below_vmax': len(found_below)}


def main():
    if len(sys.argv) > 2:
        mp.mp.dps = int(sys.argv[2])
    cases = json.load(open(sys.argv[1]))
    cases = cases['cases'] if isinstance(cases, dict) else cases
    out = [solve(c) for c in cases]
    print(json.dumps(out, indent=1))


if __name__ == '__main__':
    main()

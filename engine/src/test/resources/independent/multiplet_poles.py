#!/usr/bin/env python3
"""Every pole of resolvable quartets of K+ four-site filters, in mpmath (50 digits), sharing no code with the engine.

Four equal wells (3 A, depth D) between five equal barriers (V x W) give quartets of narrow poles whose members
are split by tunnelling through the inner barriers (1e-12 .. 1e-6 relative). For each filter: the Dirichlet
eigenvalues of the profile region by Sturm counting (box_eigenvalues of independent_thermal.py) in [1e-6 eV,
Vmax]; clusters of 4 eigenvalues within 1e-5 relative are quartets; a quartet is kept when its eigenvalues are
split by more than 1e-11 relative (so double precision resolves its poles; the poles and eigenvalues of a
quartet are split alike). From each eigenvalue of a quartet the secant method on the incident amplitude, with
the quartet's zeros found so far divided out, gives a new zero; the zero is kept when it converges on the
undeflated amplitude too, lies below the real axis and within the quartet's spread of its centre. A quartet
enters the reference only with all four members found. No seed comes from the engine. Up to six more cases: the
quartet at a given energy of filters of the throughput workload (list AT), eigenvalues searched within 1e-6 of it.

Usage: multiplet_poles.py > multiplet-poles-mpmath.json
"""
import json, sys, importlib.util, os, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('it', os.path.join(HERE, 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)
MASS_U = '39.0983'
ELECTRON_U = '5.48579909065e-4'
# (barrier eV, barrier width A, well depth eV): the workload's grid (barriers 0.1-0.2 eV x 0.3-1 A, wells 0.05-0.1 eV)
FILTERS = [(0.1, 0.6, 0.05), (0.12, 0.3, 0.1), (0.12, 1.0, 0.05), (0.2, 0.6, 0.1), (0.2, 0.3, 0.05)]
PER_FILTER = 3
# Filters of the throughput workload (configs/observables-throughput.yaml) whose quartet at the given energy
# the engine once reported with copies (its Sturm seeds poor there): (barrier eV, width A, depth eV, E eV).
AT = [(0.19, 0.3066666666666667, 0.05714285714285714, 0.0016760573668423465),
      (0.12, 0.7866666666666666, 0.014285714285714285, 0.08588291930128727),
      (0.13, 0.5733333333333334, 0.04285714285714286, 0.06761509857530819),
      (0.19, 0.4666666666666667, 0.07142857142857144, 0.025127890039215523),
      (0.09000000000000001, 0.8933333333333333, 0.04285714285714286, 0.04805386634917424),
      (0.09000000000000001, 1.0, 0.04285714285714286, 0.05728366804793094),
      # seeds ~2e-10 off a 3.8e-12 splitting: once four copies of the lowest member. Its amplitude loses
      # ~55 digits across the barriers, so it is computed with 110 (5th element: working digits).
      (0.13, 0.5733333333333334, 0.1, 0.03200524959959801, 110),
      # split by ~100 ulps (1e-14): the banded determinant's zeros scatter by tens of ulps there and came out
      # as two or three copies; the engine now takes such members from its Sturm count. Amplitude loses ~60 digits.
      (0.17000000000000004, 0.9466666666666668, 0.0, 0.12588825624916833, 120),
      (0.2, 0.9466666666666668, 0.04285714285714286, 0.15625289804407205, 120)]
# The same with the right lead 0.03 eV lower (a filter under an offset, the leads unequal): (barrier eV, width A,
# depth eV, right lead eV, E eV, working digits). Split by ~80 ulps, its members taken from the engine's Sturm count.
AT_OFFSET = [(0.17, 0.95, 0.0, -0.03, 0.1258882562491683, 120)]
WELL_A = 3.0


def layers(v, w, d):
    out = []
    for i in range(4):
        out += [[v, w], [-d, WELL_A]]
    return out + [[v, w]]


def quartet_poles(case, q):
    centre = (q[0] + q[-1]) / 2
    spread = q[-1] - q[0]
    found = []
    for eb in q:
        deflated = lambda z: case.amplitude(z) / mp.fprod([z - p for p in found])
        z0 = mp.mpc(eb, 0)
        z1 = mp.mpc(eb + spread * mp.mpf('1e-3'), -spread * mp.mpf('1e-3'))
        z = it.converged_zero(deflated, z0, z1)
        if z is None or z.imag >= 0 or abs(z.real - centre) > spread:
            return None
        if it.converged_zero(case.amplitude, z, z * (1 + mp.mpf('1e-35'))) is None:
            return None
        if any(abs(z - p) <= mp.mpf('1e-40') * abs(z) for p in found):
            return None
        found.append(z)
    return sorted(found, key=lambda z: z.real)


def at_case(cases, mass, v, w, d, e, lead_right=0):
    """The quartet at energy e of the filter (v, w, d), appended to cases when all four members are found."""
    lay = layers(v, w, d)
    case = it.Case({'species': {'mass_u': str(mass)}, 'profile': {'lead_left_eV': 0, 'lead_right_eV': lead_right,
                                                                  'layers': lay}})
    e = mp.mpf(e)
    q = it.box_eigenvalues(case, e * (1 - mp.mpf('1e-6')), e * (1 + mp.mpf('1e-6')), rel=mp.mpf('1e-40'))
    zs = quartet_poles(case, q) if len(q) == 4 else None
    if zs is None:
        print('  quartet at', mp.nstr(e, 15), 'not complete', file=sys.stderr)
        return
    print('  quartet', [mp.nstr(z.real, 20) for z in zs], 'split', mp.nstr((zs[-1].real - zs[0].real) / zs[0].real, 3),
          file=sys.stderr, flush=True)
    cases.append({'lead_left_eV': 0.0, 'lead_right_eV': float(lead_right), 'layers': lay,
                  'quartets': [[[mp.nstr(z.real, 30), mp.nstr(-2 * z.imag, 15)] for z in zs]]})


def main():
    mp.mp.dps = 50
    mass = mp.mpf(MASS_U) - mp.mpf(ELECTRON_U)
    cases = []
    for v, w, d in FILTERS:
        lay = layers(v, w, d)
        case = it.Case({'species': {'mass_u': str(mass)}, 'profile': {'lead_left_eV': 0, 'lead_right_eV': 0,
                                                                      'layers': lay}})
        eig = it.box_eigenvalues(case, mp.mpf('1e-6'), mp.mpf(v), rel=mp.mpf('1e-40'))
        quartets = []
        i = 0
        while i + 3 < len(eig):
            q = eig[i:i + 4]
            if q[-1] - q[0] <= mp.mpf('1e-5') * q[0] and (i + 4 == len(eig) or eig[i + 4] - q[-1] > mp.mpf('1e-5') * q[-1]) \
                    and (i == 0 or q[0] - eig[i - 1] > mp.mpf('1e-5') * q[0]):
                gap = min(q[k + 1] - q[k] for k in range(3))
                if gap > mp.mpf('1e-11') * q[0]:
                    quartets.append(q)
                i += 4
            else:
                i += 1
        print(v, w, d, len(eig), 'eigenvalues,', len(quartets), 'resolvable quartets', file=sys.stderr, flush=True)
        if len(quartets) > PER_FILTER:
            quartets = [quartets[round(k * (len(quartets) - 1) / (PER_FILTER - 1))] for k in range(PER_FILTER)]
        poles = []
        for q in quartets:
            zs = quartet_poles(case, q)
            if zs is None:
                print('  quartet at', mp.nstr(q[0], 15), 'not complete', file=sys.stderr)
                continue
            print('  quartet', [mp.nstr(z.real, 20) for z in zs], 'split', mp.nstr((zs[-1].real - zs[0].real) / zs[0].real, 3),
                  'Gamma/E', mp.nstr(-2 * zs[0].imag / zs[0].real, 3), file=sys.stderr, flush=True)
            poles.append([[mp.nstr(z.real, 30), mp.nstr(-2 * z.imag, 15)] for z in zs])
        cases.append({'lead_left_eV': 0.0, 'lead_right_eV': 0.0, 'layers': lay, 'quartets': poles})
    for entry in AT:
        v, w, d, e = entry[:4]
        with mp.workdps(entry[4] if len(entry) > 4 else 50):
            at_case(cases, mass, v, w, d, e)
    for v, w, d, lead, e, dps in AT_OFFSET:
        with mp.workdps(dps):
            at_case(cases, mass, v, w, d, e, mp.mpf(lead))
    about = ('Every pole E_r - i Gamma/2 of resolvable quartets of K+ (mass ' + MASS_U + ' - ' + ELECTRON_U + ' u) through '
             'four-site filters (slices [potential eV, width A]); per case a list of quartets, each four [E_r, Gamma] '
             'sorted by E_r: 50-digit mpmath zeros of the incident amplitude seeded from Dirichlet eigenvalues computed '
             'in mpmath by multiplet_poles.py (no engine output used); E_r to 30 and Gamma to 15 significant digits.')
    json.dump({'about': about, 'mass_u': MASS_U, 'electron_mass_u': ELECTRON_U, 'cases': cases}, sys.stdout, indent=0)
    print()


if __name__ == '__main__':
    main()

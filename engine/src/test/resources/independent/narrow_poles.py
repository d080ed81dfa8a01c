#!/usr/bin/env python3
"""Independent widths of narrow resonance poles (1e-13 <= Gamma/E_r <= 1e-5 and below), in mpmath, sharing no
code with the engine: the zero of the incident amplitude a(E) of independent_thermal.py (transfer matrix
continued to complex E, Gamow branch in the leads) found by the secant method at 40 digits (60 for the poles
the engine calls unresolved, whose widths go down to 1e-60 E_r), from a seed.

The seeds only say which zero to converge to: E_r and Gamma as the engine's pole finder found them (the
widths then at rounding level). A zero is kept only when converged (a further secant step moves it by less
than 1e-28 relative) and within 1e-11 E_r of its seed, so it is the seed's pole, its width exact to the
digits written.

Usage:
  narrow_poles.py select engine-poles.jsonl [E_r ...] > narrow-pole-seeds.jsonl
      engine-poles.jsonl: per line {"v": [slice potentials eV], "w": [widths A], "poles": [[E_r, Gamma,
      resolved], ...]}, optionally "vl", "vr" (lead potentials eV, default 0), for K+; picks per filter 12
      resolved poles log-uniform in Gamma/E_r, and
      in every third filter with unresolved poles (not doubled in E_r) up to 4 of those, and the poles at
      the E_r listed (to 1e-12 relative).
  narrow_poles.py polish narrow-pole-seeds.jsonl > narrow-poles-mpmath.json

The seeds: engine-poles.jsonl listed every pole with 1e-13 <= Gamma/E_r <= 1e-5 that ResonanceFinder.find
(window 1e-6 eV to Vmax) gave at commit 98a832a for the 48 unbiased 4-site filters barrier {0.05, 0.08, 0.12,
0.2} eV x {0.2, 0.3, 0.6, 1} A, wells 3 A x {0, 0.05, 0.1} eV deep, and 16 random 2-5-site filters (seed 7);
selected with the E_r 0.000428588859181546 and 0.0010890861499692273 (two poles of an earlier mpmath check).
narrow-pole-seeds-bias.jsonl: the 4-site filters 0.05 eV x 0.3 A (wells 0.1 eV) at 50 mV and 0.12 eV x
0.2 A at -30 mV, 16 slices per layer, every narrow pole found.
"""
import json, sys, importlib.util, os, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('it', os.path.join(HERE, 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)
MASS_U = '39.0983'          # K+: standard atomic weight minus one electron mass (u)
ELECTRON_U = '5.48579909065e-4'
PER_FILTER = 12


def select(path, *also):
    also = [float(a) for a in also]
    unresolved_filters = 0
    for line in open(path):
        d = json.loads(line)
        res = sorted((p for p in d['poles'] if p[2]), key=lambda p: p[1] / p[0])
        if len(res) > PER_FILTER:
            res = [res[i] for i in sorted(set(round(i * (len(res) - 1) / (PER_FILTER - 1)) for i in range(PER_FILTER)))]
        es = [p[0] for p in d['poles']]
        un = [p for p in d['poles'] if not p[2] and es.count(p[0]) == 1]
        pick_un = []
        if un:
            unresolved_filters += 1
            if unresolved_filters % 3 == 0:
                pick_un = [un[i] for i in sorted(set([0, len(un) // 3, 2 * len(un) // 3, len(un) - 1]))]
        extra = [p for p in d['poles'] if p not in res and any(abs(p[0] - a) <= 1e-12 * a for a in also)]
        leads = {k: d[k] for k in ('vl', 'vr') if k in d}
        print(json.dumps({**leads, 'v': d['v'], 'w': d['w'], 'poles': res + extra + pick_un}))


def polish(path):
    mass = mp.mpf(MASS_U) - mp.mpf(ELECTRON_U)
    cases = []
    for line in open(path):
        d = json.loads(line)
        vl, vr = d.get('vl', 0.0), d.get('vr', 0.0)
        c = it.Case({'species': {'mass_u': str(mass)}, 'profile': {'lead_left_eV': vl, 'lead_right_eV': vr,
                     'layers': [[v, w] for v, w in zip(d['v'], d['w'])]}})
        poles = []
        for e, g, resolved in d['poles']:
            mp.mp.dps = 40 if resolved else 60
            z0 = mp.mpc(e, -g / 2)
            z = it.converged_zero(c.amplitude, z0, z0 + mp.mpc(g * 1e-3, g * 1e-3))
            if z is None or z.imag >= 0 or abs(z.real - e) > 1e-11 * e:
                print('  no converged zero near seed', e, g, file=sys.stderr)
                continue
            poles.append([mp.nstr(z.real, 25), mp.nstr(-2 * z.imag, 15)])
        cases.append({'lead_left_eV': vl, 'lead_right_eV': vr, 'layers': [[v, w] for v, w in zip(d['v'], d['w'])],
                      'poles': poles})
        print(len(cases), len(poles), file=sys.stderr, flush=True)
    about = ('Narrow resonance poles E_r - i Gamma/2 of K+ (mass ' + MASS_U + ' - ' + ELECTRON_U + ' u) through '
             'multisite filters (some tilted by a bias): lead potentials and slices [potential eV, width A] as doubles. Each pole is '
             'a converged 40-digit (60 for widths the engine calls unresolved) mpmath zero of the incident '
             'amplitude, seeded by the engine and polished independently by narrow_poles.py; E_r to 25 and '
             'Gamma to 15 significant digits. Not a complete list of the poles of each filter.')
    json.dump({'about': about, 'mass_u': MASS_U, 'electron_mass_u': ELECTRON_U, 'cases': cases}, sys.stdout, indent=0)
    print()


if __name__ == '__main__':
    {'select': select, 'polish': polish}[sys.argv[1]](*sys.argv[2:])

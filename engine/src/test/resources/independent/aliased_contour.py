#!/usr/bin/env python3
"""Broad poles of two four-site K+ filters of configs/observables-throughput.yaml (configurations 130 and 867), in
mpmath (40 digits), sharing no code with the engine: the secant method on the amplitude (independent_thermal.py)
from the engine's value, then the multiplicity from how |a| falls off around the zero (|a(z + d)| ~ d^m).

The engine once missed them: its argument-principle contour accepted a piece of a counting line along which the
phase turned 8 pi more than both the trapezoid prediction and the principal value said (they agreed to 0.05 rad by
chance), so four zeros of configuration 130 and one of 867 went uncounted.

Usage: aliased_contour.py   (prints the zeros; AliasedContourTest holds them)
"""
import importlib.util, os, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('it', os.path.join(HERE, 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)

mp.mp.dps = 40
MASS_U = mp.mpf('39.09775142009096')  # K+ as the species table gives it (less an electron)
# (configuration, barrier eV, barrier width A, well depth eV, starts)
CASES = [(130, '0.060000000000000005', '0.2', '0.02857142857142857',
          [mp.mpc('0.07279869094761166', '-0.00097256885'), mp.mpc('0.10424593593495837', '-0.00063316052'),
           mp.mpc('0.11262980637285959', '-0.0020727923'), mp.mpc('0.17865633414489338', '-0.0039105736')]),
         (867, '0.11000000000000001', '0.8400000000000001', '0.04285714285714286',
          [mp.mpc('0.17042319935380448', '-0.00092717403')])]
for cid, v, w, d, starts in CASES:
    layers = []
    for i in range(4):
        layers += [[mp.mpf(v), mp.mpf(w)], [-mp.mpf(d), mp.mpf(3)]]
    layers.append([mp.mpf(v), mp.mpf(w)])
    case = it.Case({'species': {'mass_u': MASS_U}, 'profile': {'lead_left_eV': 0, 'lead_right_eV': 0, 'layers': layers}})
    for start in starts:
        z = it.converged_zero(case.amplitude, start, start + mp.mpc('1e-5', '-1e-5'))
        ratio = abs(case.amplitude(z + mp.mpf('1e-6'))) / abs(case.amplitude(z + mp.mpf('1e-8')))
        print(cid, 'E_r', mp.nstr(z.real, 25), 'Gamma', mp.nstr(-2 * z.imag, 25), 'multiplicity',
              mp.nstr(mp.log(ratio) / mp.log(100), 6))

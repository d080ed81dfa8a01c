#!/usr/bin/env python3
"""Double zeros of the incident amplitude (two poles at one complex energy) of three four-site filters of
configs/kcsa-tunnelling.yaml, in mpmath (40 digits), sharing no code with the engine: the secant method on the
amplitude (independent_thermal.py) from a hand-picked start, then the multiplicity from how |a| falls off
around the zero (|a(z + d)| ~ d^m: the ratio over a factor 100 in d is 100^m).

The engine once reported such a zero as two poles of width 0 near its real part (the counting lines cannot pin a
double zero, and no secant start found it), or found one member and missed the other.

Usage: double_zeros.py   (prints the zeros and their multiplicity; DoubleZeroTest holds them)
"""
import importlib.util, os, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('it', os.path.join(HERE, 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)

mp.mp.dps = 40
# the species table's masses (less an electron), as the engine runs them
MASS_U = {'K+': mp.mpf('39.09775142009096'), 'Na+': mp.mpf('22.989220700090957')}
# (configuration, ion, mass_factor, barrier eV, barrier width A, well depth eV, start)
CASES = [(392, 'K+', '0.10000000000000002', '0.025852', '0.11767734468251262', '0.1', mp.mpc('0.38', '-0.18')),
         (581, 'K+', '0.31622776601683805', '0.025852', '0.07670637023171956', '0.1', mp.mpc('0.29', '-0.13')),
         (1735, 'Na+', '1', '0.025852', '0.11767734468251262', '0.05', mp.mpc('0.0886', '-0.017')),
         (1735, 'Na+', '1', '0.025852', '0.11767734468251262', '0.05', mp.mpc('0.283', '-0.041'))]
for cid, ion, mf, v, w, d, start in CASES:
    layers = []
    for i in range(4):
        layers += [[mp.mpf(v), mp.mpf(w)], [-mp.mpf(d), mp.mpf(3)]]
    layers.append([mp.mpf(v), mp.mpf(w)])
    case = it.Case({'species': {'mass_u': MASS_U[ion] * mp.mpf(mf)}, 'profile': {'lead_left_eV': 0, 'lead_right_eV': 0,
                                                                                'layers': layers}})
    z = it.converged_zero(case.amplitude, start, start + mp.mpc('1e-3', '-1e-3'))
    ratio = abs(case.amplitude(z + mp.mpf('1e-6'))) / abs(case.amplitude(z + mp.mpf('1e-8')))
    print(cid, 'E_r', mp.nstr(z.real, 25), 'Gamma', mp.nstr(-2 * z.imag, 25), 'multiplicity',
          mp.nstr(mp.log(ratio) / mp.log(100), 6))

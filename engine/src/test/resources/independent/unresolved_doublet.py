#!/usr/bin/env python3
"""The lowest doublet of a two-site Na+ filter (configs/nav-tunnelling.yaml configuration 861: 0.1034 eV x 1 A
barriers, 2 A wells at 0 eV), in mpmath (60 digits), sharing no code with the engine: Dirichlet eigenvalues by
Sturm counting (independent_thermal.py), then the secant method on the incident amplitude from each, the first
zero divided out for the second. The members are split by ~3e-19 relative: equal in double precision.

Usage: unresolved_doublet.py   (prints the two poles; MultipletPoleTest holds them)
"""
import importlib.util, os, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('it', os.path.join(HERE, 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)

mp.mp.dps = 60
MASS_U = '22.989220700090957'  # the species table's Na+ (22.98976928 u less an electron), as the engine runs it
B, W = '0.10340842857142857', '1.0'
layers = [[mp.mpf(B), mp.mpf(W)], [mp.mpf(0), mp.mpf(2)], [mp.mpf(B), mp.mpf(W)], [mp.mpf(0), mp.mpf(2)],
          [mp.mpf(B), mp.mpf(W)]]
case = it.Case({'species': {'mass_u': MASS_U}, 'profile': {'lead_left_eV': 0, 'lead_right_eV': 0, 'layers': layers}})
q = it.box_eigenvalues(case, mp.mpf('0.00084629'), mp.mpf('0.00084631'), rel=mp.mpf('1e-40'))
found = []
for eb in q:
    deflated = lambda z: case.amplitude(z) / mp.fprod([z - p for p in found])
    z = it.converged_zero(deflated, mp.mpc(eb, 0), mp.mpc(eb * (1 + mp.mpf('1e-14')), -eb * mp.mpf('1e-14')))
    found.append(z)
for eb, z in zip(q, found):
    print('Dirichlet', mp.nstr(eb, 30), 'pole E_r', mp.nstr(z.real, 30), 'Gamma', mp.nstr(-2 * z.imag, 15))

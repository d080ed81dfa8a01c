#!/usr/bin/env python3
"""Double and nearly double zeros of the incident amplitude, in mpmath (40 digits), sharing no code with the engine.

Double zeros (two poles at one complex energy) of three four-site filters of configs/kcsa-tunnelling.yaml: the
secant method on the amplitude (independent_thermal.py) from a hand-picked start, then the multiplicity from how
|a| falls off around the zero (|a(z + d)| ~ d^m: the ratio over a factor 100 in d is 100^m). The engine once
reported such a zero as two poles of width 0 near its real part (the counting lines cannot pin a double zero, and
no secant start found it), or found one member and missed the other.

Nearly double zeros: above the barrier tops of a symmetric filter an even and an odd pole can cross; mpmath puts
the pairs of configs/kcsa-tunnelling.yaml and nav-tunnelling.yaml that the engine reported as equal rows between
1e-42 and 7e-11 apart (relative). Where they are more than ~1e-12 apart a copy of the first member is off by more
than the 1e-12 asked of E_r. Here: the first member by the secant method from the engine's value, the second by
the secant method on a(z) / (z - z1) from a few starts about z1.

Usage: double_zeros.py   (prints the zeros, their multiplicity, the nearly double pairs' members and separation;
DoubleZeroTest holds them)
"""
import importlib.util, os, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('it', os.path.join(HERE, 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)

mp.mp.dps = 40
# the species table's masses (less an electron), as the engine runs them
MASS_U = {'K+': mp.mpf('39.09775142009096'), 'Na+': mp.mpf('22.989220700090957')}


def filter_case(ion, mass_factor, sites, barrier_ev, barrier_a, depth_ev, well_a):
    """A symmetric filter: sites wells between sites + 1 equal barriers, leads at 0."""
    layers = []
    for i in range(sites):
        layers += [[mp.mpf(barrier_ev), mp.mpf(barrier_a)], [-mp.mpf(depth_ev), mp.mpf(well_a)]]
    layers.append([mp.mpf(barrier_ev), mp.mpf(barrier_a)])
    return it.Case({'species': {'mass_u': MASS_U[ion] * mp.mpf(mass_factor)},
                    'profile': {'lead_left_eV': 0, 'lead_right_eV': 0, 'layers': layers}})


# (configuration, ion, mass_factor, barrier eV, barrier width A, well depth eV, start)
CASES = [(392, 'K+', '0.10000000000000002', '0.025852', '0.11767734468251262', '0.1', mp.mpc('0.38', '-0.18')),
         (581, 'K+', '0.31622776601683805', '0.025852', '0.07670637023171956', '0.1', mp.mpc('0.29', '-0.13')),
         (1735, 'Na+', '1', '0.025852', '0.11767734468251262', '0.05', mp.mpc('0.0886', '-0.017')),
         (1735, 'Na+', '1', '0.025852', '0.11767734468251262', '0.05', mp.mpc('0.283', '-0.041'))]
for cid, ion, mf, v, w, d, start in CASES:
    case = filter_case(ion, mf, 4, v, w, d, 3)
    z = it.converged_zero(case.amplitude, start, start + mp.mpc('1e-3', '-1e-3'))
    ratio = abs(case.amplitude(z + mp.mpf('1e-6'))) / abs(case.amplitude(z + mp.mpf('1e-8')))
    print(cid, 'E_r', mp.nstr(z.real, 25), 'Gamma', mp.nstr(-2 * z.imag, 25), 'multiplicity',
          mp.nstr(mp.log(ratio) / mp.log(100), 6))

# nearly double: (sweep, configuration, ion, mass_factor, sites, barrier eV, barrier width A, well depth eV,
# well width A, start)
NEAR = [('nav', 773, 'Na+', '1', 2, '0.025852', '0.07670637023171956', '0.1', '2', mp.mpc('0.16751511817', '-0.0648')),
        ('nav', 1754, 'K+', '1', 2, '0.05170414285714285', '0.05', '0.1', '2', mp.mpc('0.25582001939', '-0.0604')),
        ('kcsa', 611, 'K+', '0.31622776601683805', 4, '0.05170414285714285', '0.1805320393820497', '0.1', '3',
         mp.mpc('0.254799441614', '-0.0292')),
        ('kcsa', 1567, 'Na+', '0.31622776601683805', 4, '0.05170414285714285', '0.11767734468251262', '0.05', '3',
         mp.mpc('0.253938628834', '-0.0379'))]
for sweep, cid, ion, mf, sites, v, w, d, wd, start in NEAR:
    case = filter_case(ion, mf, sites, v, w, d, wd)
    z1 = it.converged_zero(case.amplitude, start, start + mp.mpc('1e-9', '-1e-9'))
    z2 = it.second_member(case.amplitude, z1)
    for z in sorted((z1, z2), key=lambda z: z.real):
        print(sweep, cid, 'E_r', mp.nstr(z.real, 25), 'Gamma', mp.nstr(-2 * z.imag, 25))
    print('   separation / |z|', mp.nstr(abs(z2 - z1) / abs(z1), 3))

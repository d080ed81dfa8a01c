#!/usr/bin/env python3
"""T(E) on the flanks of two narrow resonances of a four-site K+ filter, in mpmath (independent_thermal.Case).

    python3 narrow_flanks.py > narrow-flanks-mpmath.json

The profile is figure-map.yaml configuration 74: barriers 0.4 eV x 0.15 A, wells 0.05 eV deep and 3 A wide,
K+ (39.09775142009096 u), leads at 0. The energies are doubles within a few widths of the resonances at
0.2245067984 eV (Q = 1.9e9) and 0.1508574139 eV (Q = 3.9e10), written as the shortest decimal that reads back
to the same double; T is computed at those exact values with 60 digits (plus the decades T falls to).
"""
import importlib.util, json, os
import mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('it', os.path.join(HERE, 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)

MASS_U = '39.09775142009096'
BARRIER = ['0.4', '0.15000000000000002']
WELL = ['-0.05', '3.0']
ENERGIES = ['0.15085741386628723', '0.15085741387013388', '0.1508574138720572', '0.15085741387590385',
            '0.15085741387782717', '0.1508574138816738', '0.15085741389321375',
            '0.22450679823553493', '0.2245067983567708', '0.22450679841738871', '0.22450679853862457',
            '0.2245067985992425', '0.22450679872047835', '0.22450679908418594']


def main():
    mp.mp.dps = 80
    layers = [[mp.mpf(x) for x in (BARRIER if i % 2 == 0 else WELL)] for i in range(9)]
    case = it.Case({'species': {'mass_u': mp.mpf(MASS_U)},
                    'profile': {'lead_left_eV': 0, 'lead_right_eV': 0, 'layers': layers}})
    points = [[e, mp.nstr(case.transmission(mp.mpf(e)), 20)] for e in ENERGIES]
    print(json.dumps({'about': 'T(E) of figure-map.yaml configuration 74 (four-site K+ filter) on the flanks of '
                               'two narrow resonances, from narrow_flanks.py (mpmath, 80 digits)',
                      'mass_u': MASS_U, 'barrier': BARRIER, 'well': WELL, 'sites': 4, 'points': points}, indent=1))


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""The two broad poles 8.6e-6 eV apart at 0.0624 eV of a four-site Rb+ filter (kcsa-scan.yaml configuration 7724:
barriers 0.027789909887462754 eV x 0.5 A, wells -0.1 eV x 3 A, leads at 0), and |a| where a search once put a
phantom pole instead of the first of them (0.075015806242248 eV), in mpmath at 60 digits with
independent_thermal.py's amplitude (no code shared with the engine). Used by NearlyDoubleBroadPoleTest.
"""
import json, os, sys
import mpmath as mp
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import independent_thermal as it

mp.mp.dps = 60
LAYERS = [['0.027789909887462754', '0.5'], ['-0.1', '3.0']] * 4 + [['0.027789909887462754', '0.5']]
case = it.Case({'species': {'mass_u': '85.46725142009095'},
                'profile': {'lead_left_eV': '0', 'lead_right_eV': '0', 'layers': LAYERS}})
for e, w in [(0.062421057451367, 0.003335956857), (0.062429704071, 0.003318605)]:
    z0 = mp.mpc(e, -w / 2)
    z = it.converged_zero(case.amplitude, z0, z0 * (1 + mp.mpf('1e-9')))
    print(json.dumps({'energy_eV': mp.nstr(z.real, 25), 'width_eV': mp.nstr(-2 * z.imag, 20)}))
for y in ['0', '-1e-4', '-2e-3']:
    print(json.dumps({'abs_a_at_0.075015806242248': mp.nstr(abs(case.amplitude(mp.mpc('0.075015806242248', y))), 5),
                      'im': y}))

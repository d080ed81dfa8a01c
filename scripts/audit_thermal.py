#!/usr/bin/env python3
"""Checks the Boltzmann-averaged transmission <T> of an ionsweep dataset against an independent mpmath integral.

    python3 scripts/audit_thermal.py DIR CONFIG_ID [CONFIG_ID ...]

DIR is a dataset written by `ionsweep run` with the summary and resonances tables; the configurations must be
multisite profiles with leads at 0 eV and no bias (as for scripts/audit_poles.py, whose profile reader is used).
The truth is mean_transmission() of engine/src/test/resources/independent/independent_thermal.py: T from its own
40-digit transfer matrices, integrated from E0 to Vmax + 40 kT by adaptive 10/20-point Gauss-Legendre to 1e-18 per
panel, with breakpoints at E_r + m Gamma (m up to 8192) around every pole of the dataset's row (the rows only
place breakpoints; a wrong or missing row would cost the check accuracy, never hide an error of the dataset's
<T> behind one of its own). Prints the relative difference per configuration; exits 1 if one exceeds 1e-6 (the
required accuracy). Needs mpmath, duckdb and pyyaml; one to a few minutes per configuration.
"""
import importlib.util, json, os, sys
import duckdb, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('audit_poles', os.path.join(HERE, 'audit_poles.py'))
ap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ap)
it = ap.it

BOLTZMANN_J_PER_K = mp.mpf('1.380649e-23')
REQUIRED = 1e-6


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ap.R = sys.argv[1].rstrip('/')
    worst = 0.0
    for cid in map(int, sys.argv[2:]):
        mp.mp.dps = 40
        _, case, rows = ap.build(cid)
        mean, temperature = duckdb.sql(f"select mean_transmission, temperature_K from '{ap.R}/summary/*.parquet' "
                                       f"where config_id = {cid}").fetchone()
        kt = BOLTZMANN_J_PER_K * mp.mpf(repr(float(temperature))) / it.Q
        vmax = max([mp.mpf(0)] + [v for v, _ in case.layers])
        poles = [mp.mpc(ap.f(e), -ap.f(w) / 2) for e, w, _ in rows]
        truth = it.mean_transmission(case, mp.mpf(0), vmax, kt, poles)
        rel = float(mp.mpf(repr(float(mean))) / truth - 1)
        worst = max(worst, abs(rel))
        print(json.dumps({'config_id': cid, 'mean_transmission': float(mean), 'independent': mp.nstr(truth, 20),
                          'relative_difference': float(mp.nstr(rel, 3))}), flush=True)
    print(f'worst |relative difference| {worst:.2e} (required {REQUIRED:g})')
    sys.exit(1 if worst > REQUIRED else 0)


if __name__ == '__main__':
    main()

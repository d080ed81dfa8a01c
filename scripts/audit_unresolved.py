#!/usr/bin/env python3
"""Checks the unresolved resonance rows of an ionsweep dataset against an independent Dirichlet spectrum (mpmath).

    python3 scripts/audit_unresolved.py DIR CONFIG_ID [CONFIG_ID ...]

An unresolved row (`resolved` = false) is a pole whose width is below what double precision resolves; its E_r
then lies within about its width of a Dirichlet eigenvalue of the profile region (hard walls where the leads
begin). This script counts those eigenvalues with its own Sturm count in mpmath (60 digits;
engine/src/test/resources/independent/independent_thermal.py, no code shared with the engine) over the span of
the configuration's unresolved rows, and matches every row to its nearest eigenvalue: a row farther than 1e-12
relative from every eigenvalue, or two rows on one eigenvalue that is simple, is flagged (a phantom: zeros the
argument principle counted that no search could locate, reported at a counting interval's centre). Works for
`layers` and `multisite` profiles, at any bias (the resonances are those of the unbiased profile). Prints one
line per configuration and exits 1 if anything is flagged. Needs mpmath and duckdb.
"""
import importlib.util, os, sys
import duckdb, mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    'it', os.path.join(HERE, '..', 'engine', 'src', 'test', 'resources', 'independent', 'independent_thermal.py'))
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)
mp.mp.dps = 60
TOLERANCE = mp.mpf('1e-12')


def f(x):
    return mp.mpf(repr(float(x)))


def case(directory, cid):
    rows = duckdb.sql(f"select * from read_parquet('{directory}/summary/*.parquet') where config_id = {cid}").df()
    if rows.empty:
        sys.exit(f'audit_unresolved: no configuration {cid} in {directory}')
    s = rows.iloc[0]
    mass = f(s['mass_u']) * f(s['mass_factor'])
    if 'layer0_potential_eV' in s:
        layers, k = [], 0
        while f'layer{k}_potential_eV' in s:
            layers.append([f(s[f'layer{k}_potential_eV']), f(s[f'layer{k}_width_A'])])
            k += 1
        left = f(s['lead_left_eV']) if 'lead_left_eV' in s else mp.mpf(0)
        right = f(s['lead_right_eV']) if 'lead_right_eV' in s else mp.mpf(0)
    elif 'sites' in s:
        layers = []
        for _ in range(int(s['sites'])):
            layers += [[f(s['barrier_height_eV']), f(s['barrier_width_A'])], [-f(s['well_depth_eV']), f(s['well_width_A'])]]
        layers.append([f(s['barrier_height_eV']), f(s['barrier_width_A'])])
        left = right = mp.mpf(0)
    else:
        sys.exit(f'audit_unresolved: configuration {cid} has neither a layers nor a multisite profile')
    return it.Case({'species': {'mass_u': mass}, 'profile': {'lead_left_eV': left, 'lead_right_eV': right, 'layers': layers}})


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    directory, flagged = sys.argv[1], 0
    for cid in map(int, sys.argv[2:]):
        rows = [mp.mpf(repr(e)) for (e,) in duckdb.sql(
            f"select energy_eV from read_parquet('{directory}/resonances/*.parquet') "
            f"where config_id = {cid} and not resolved order by energy_eV").fetchall()]
        if not rows:
            print(f'config {cid}: no unresolved rows')
            continue
        c = case(directory, cid)
        eig = it.box_eigenvalues(c, rows[0] * (1 - mp.mpf('1e-6')), rows[-1] * (1 + mp.mpf('1e-6')))
        worst, bad, hits = mp.mpf(0), 0, {}
        for e in rows:
            k = min(range(len(eig)), key=lambda j: abs(eig[j] - e)) if eig else None
            d = abs(eig[k] - e) / e if k is not None else mp.inf
            worst = max(worst, d)
            hits[k] = hits.get(k, 0) + 1
            if d > TOLERANCE:
                bad += 1
        # rows sharing an eigenvalue are members of a multiplet the count cannot split only if the eigenvalues
        # there are that close too: count as doubled what exceeds the eigenvalues within the tolerance
        doubled = sum(max(0, n - sum(1 for x in eig if abs(x - eig[k]) <= TOLERANCE * abs(x)))
                      for k, n in hits.items() if k is not None)
        flagged += bad + doubled
        print(f'config {cid}: {len(rows)} unresolved rows, {len(eig)} Dirichlet eigenvalues in their span, '
              f'worst relative distance {mp.nstr(worst, 3)}, {bad} beyond {mp.nstr(TOLERANCE, 1)}, {doubled} doubled',
              flush=True)
    sys.exit(1 if flagged else 0)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Audits the resonance poles of an ionsweep dataset against an independent computation in mpmath.

    python3 scripts/audit_poles.py DIR [CONFIG_ID ...] [--random N] [--seed S] [--minutes M]

DIR is a dataset written by `ionsweep run` with the resonances table; the configurations must have multisite
profiles, leads at 0 eV and no bias (the others are refused). The truth is
engine/src/test/resources/independent/independent_thermal.py (mpmath, no code shared with the engine), at
60 digits plus half the decades T falls to (a few poles are recomputed 30 digits higher as a check). Per
configuration:
  (a) every resolved row polishes (secant method in mpmath, from the row) to its own zero: E_r within 1e-12
      relative, Gamma within 1e-6 where Gamma >= 1e-9 E_r and 1e-3 where Gamma >= 1e-12 E_r; unresolved rows,
      grouped where within 1e-12 of each other, are counted against the zeros within 1e-11 (by winding number
      and one by one), each within 1e-12 in E_r and with its width bound above the true width;
  (b) every zero that the independent seed-based finder lists in the resonance window has its own row (within
      1e-10 in E_r and 1e-6 in Gamma where resolved and Gamma >= 1e-9 E_r); a row the finder misses is noted,
      and flagged only if polishing from it does not reach a zero of its own.
Prints one summary line per configuration and every flag; exits 1 if anything is flagged. Needs the Python
packages mpmath, duckdb and pyyaml. Minutes per configuration: about 0.5-1.5 for 200-pole K+ filters.
"""
import argparse, importlib.util, json, math, os, random, sys, time
import duckdb, mpmath as mp, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
IND = os.path.join(HERE, '..', 'engine', 'src', 'test', 'resources', 'independent', 'independent_thermal.py')
spec = importlib.util.spec_from_file_location('it', IND)
it = importlib.util.module_from_spec(spec)
spec.loader.exec_module(it)

R = None
E0S, TOPS = None, None


def P(*a):
    print(*a, flush=True)


def f(x):
    return mp.mpf(repr(float(x)))


def window(config):
    """The resonance window of a 0 mV multisite config with leads at 0: energy.min_eV..max_eV (E0 = 0)."""
    energy = config.get('energy', {})
    if 'min_eV' not in energy or 'max_eV' not in energy:
        sys.exit('audit_poles: the config must give energy.min_eV and energy.max_eV')
    return repr(max(0.0, float(energy['min_eV']))), repr(float(energy['max_eV']))


def build(cid):
    s = duckdb.sql(f"select species, mass_u, mass_factor, sites, barrier_height_eV, barrier_width_A, well_depth_eV, "
                   f"well_width_A, min_log10_transmission, resonance_count, bias_mV from '{R}/summary/*.parquet' "
                   f"where config_id = {cid}").fetchone()
    if s is None:
        sys.exit(f'audit_poles: no configuration {cid} in {R}')
    species, mass_u, mf, sites, v, w, d, wd, minlog, rc, bias = s
    if bias != 0:
        sys.exit(f'audit_poles: configuration {cid} has bias {bias} mV; only 0 mV is audited')
    layers = []
    for _ in range(int(sites)):
        layers += [[f(v), f(w)], [-f(d), f(wd)]]
    layers.append([f(v), f(w)])
    case = it.Case({'species': {'mass_u': f(mass_u) * f(mf)},
                    'profile': {'lead_left_eV': 0, 'lead_right_eV': 0, 'layers': layers}})
    rows = duckdb.sql(f"select energy_eV, width_eV, resolved from '{R}/resonances/*.parquet' "
                      f"where config_id = {cid} order by energy_eV, width_eV").fetchall()
    return s, case, rows


class Timeout(Exception):
    pass


def winding(case, c, r, n=64):
    """Number of zeros of a in the disc |z - c| < r (argument principle, phase tracked on n points)."""
    while True:
        vals = [case.amplitude(c + r * mp.expjpi(2 * mp.mpf(k) / n)) for k in range(n + 1)]
        steps = [mp.arg(vals[k + 1] / vals[k]) for k in range(n)]
        if max(abs(s) for s in steps) < mp.pi / 3 or n >= 1024:
            return int(mp.nint(mp.fsum(steps) / (2 * mp.pi))), max(abs(s) for s in steps)
        n *= 2


def members(case, c, r, starts, want):
    """Distinct zeros within r of c: polish from starts, then deflate the found ones and search nearby."""
    found = []

    def add(z):
        if z is None or abs(z - c) > r:
            return False
        if converged_zero(case.amplitude, z) is None:
            return False
        if all(abs(z - p) > mp.mpf(10) ** (-(mp.mp.dps // 2)) * abs(z) for p in found):
            found.append(z)
            return True
        return False

    for s in starts:
        add(converged_zero(case.amplitude, s))
    offs = []
    for e in (13, 15, 17, 20, 24):
        for u in (1, -1, 1j, -1j):
            offs.append(u * mp.mpf(10) ** -e)
    for o in offs:
        if len(found) >= want:
            break
        base = list(found)
        defl = lambda z: case.amplitude(z) / mp.fprod(z - p for p in base)
        z0 = c * (1 + o)
        add(converged_zero(defl, z0, z0 * (1 + o / 10)))
    return sorted(found, key=lambda z: z.real)


def converged_zero(fn, z0, z1=None):
    if z1 is None:
        z1 = z0 * (1 + mp.mpf('1e-14'))
    return it.converged_zero(fn, z0, z1)


def audit(cid, deadline):
    t0 = time.time()
    params, case, rows = build(cid)
    minlog = params[8]
    dps = max(60, 60 + math.ceil(-minlog / 2))
    mp.mp.dps = dps
    e0, top = mp.mpf(E0S), mp.mpf(TOPS)
    P(f'=== config {cid}: species, mass_u, mass_factor, sites, barrier eV, barrier A, well eV, well A, '
      f'min_log10_T, resonance_count = {params}; dps {dps}')
    nres = sum(1 for r in rows if r[2])
    P(f'  engine rows {len(rows)} (resolved {nres}, unresolved {len(rows) - nres}); E range '
      f'{rows[0][0]!r} .. {rows[-1][0]!r}')
    nbox = case.box_count(top) - case.box_count(e0)
    P(f'  Dirichlet (box) eigenvalues in [{E0S}, {TOPS}]: {nbox}')
    flags = []
    notes = []

    def flag(msg):
        flags.append(msg)
        P('  FLAG', msg)

    # (a) engine -> truth, resolved rows
    polished = {}
    worst_e = (mp.mpf(0), None)
    worst_g9 = (mp.mpf(0), None)
    worst_g12 = (mp.mpf(0), None)
    worst_glow = (mp.mpf(0), None)
    for i, (e, g, res) in enumerate(rows):
        if time.time() > deadline:
            raise Timeout(f'(a) stopped at row {i} of {len(rows)}')
        if not res:
            continue
        ze = mp.mpc(f(e), -f(g) / 2)
        z = converged_zero(case.amplitude, ze)
        polished[i] = z
        if z is None:
            flag(f'(a) no convergence: E_r={e!r} Gamma={g!r}')
            continue
        dz = abs(z - ze) / abs(z)
        if dz > mp.mpf('1e-9'):
            flag(f'(a) polished to a zero {mp.nstr(dz, 3)} relative away: E_r={e!r} Gamma={g!r} -> '
                 f'E={mp.nstr(z.real, 20)} Gamma={mp.nstr(-2 * z.imag, 15)}')
            continue
        er = abs(f(e) - z.real) / z.real
        gz = -2 * z.imag
        if er > worst_e[0]:
            worst_e = (er, (e, g))
        if er > mp.mpf('1e-12'):
            flag(f'(a) E error {mp.nstr(er, 3)}: E_r={e!r} Gamma={g!r}; mpmath E={mp.nstr(z.real, 20)} '
                 f'Gamma={mp.nstr(gz, 15)}')
        if gz <= 0:
            flag(f'(a) polished zero has Gamma <= 0: E_r={e!r} Gamma={g!r}; mpmath Gamma={mp.nstr(gz, 5)}')
            continue
        gr = abs(f(g) - gz) / gz
        if gz >= mp.mpf('1e-9') * z.real:
            if gr > worst_g9[0]:
                worst_g9 = (gr, (e, g))
            if gr > mp.mpf('1e-6'):
                flag(f'(a) Gamma error {mp.nstr(gr, 3)} (Gamma >= 1e-9 E_r): E_r={e!r} Gamma={g!r}; '
                     f'mpmath Gamma={mp.nstr(gz, 15)}')
        elif gz >= mp.mpf('1e-12') * z.real:
            if gr > worst_g12[0]:
                worst_g12 = (gr, (e, g))
            if gr > mp.mpf('1e-3'):
                flag(f'(a) Gamma error {mp.nstr(gr, 3)} (1e-12 <= Gamma/E_r < 1e-9): E_r={e!r} Gamma={g!r}; '
                     f'mpmath Gamma={mp.nstr(gz, 15)}')
        else:
            if gr > worst_glow[0]:
                worst_glow = (gr, (e, g, mp.nstr(gz / z.real, 3)))
    # two resolved rows polishing to one zero
    good = sorted(((i, z) for i, z in polished.items() if z is not None), key=lambda t: t[1].real)
    for a in range(len(good) - 1):
        (i, zi), (j, zj) = good[a], good[a + 1]
        if abs(zi - zj) <= mp.mpf('1e-25') * abs(zi):
            second = it.second_member(case.amplitude, zi) if rows[i] == rows[j] else None
            if second is not None and abs(second - zi) < mp.mpf('1e-13') * abs(zi):
                P(f'  note (a) equal rows at a double zero (members {mp.nstr(abs(second - zi) / abs(zi), 3)} apart, '
                  f'relative): {rows[i]}')
                continue
            flag(f'(a) two resolved rows polish to the same zero: {rows[i]} and {rows[j]} -> '
                 f'E={mp.nstr(zi.real, 20)} Gamma={mp.nstr(-2 * zi.imag, 15)}')
    P(f'  (a) resolved done in {time.time() - t0:.0f} s; worst E rel error {mp.nstr(worst_e[0], 3)} at {worst_e[1]}; '
      f'worst Gamma rel error (Gamma>=1e-9 E) {mp.nstr(worst_g9[0], 3)} at {worst_g9[1]}; '
      f'(1e-12<=Gamma/E<1e-9) {mp.nstr(worst_g12[0], 3)} at {worst_g12[1]}; '
      f'(info, resolved rows with Gamma/E<1e-12, not flagged) {mp.nstr(worst_glow[0], 3)} at {worst_glow[1]}')

    # (a) unresolved rows: groups within 1e-12 relative (chained), count zeros within 1e-11 relative
    t1 = time.time()
    un = [i for i, r in enumerate(rows) if not r[2]]
    groups = []
    for i in un:
        if groups and abs(rows[i][0] - rows[groups[-1][-1]][0]) <= 1e-12 * rows[i][0]:
            groups[-1].append(i)
        else:
            groups.append([i])
    worst_ue = (mp.mpf(0), None)
    bound_viol = 0
    maxg_over_bound = mp.mpf(0)
    unres_zeros = []
    sizes = {}
    for grp in groups:
        if time.time() > deadline:
            raise Timeout(f'(a) unresolved stopped at group {groups.index(grp)} of {len(groups)}')
        es = [f(rows[i][0]) for i in grp]
        c = mp.mpc(mp.fsum(es) / len(es), 0)
        r = mp.mpf('1e-11') * c.real
        nwind, maxstep = winding(case, c, r)
        in_disc = [i for i, rr in enumerate(rows) if abs(f(rr[0]) - c.real) <= r]
        want = max(nwind, len(grp))
        zs = members(case, c, r, [mp.mpc(f(rows[i][0]), -f(rows[i][1]) / 4) for i in in_disc], want)
        unres_zeros.extend(zs)
        sizes[len(grp)] = sizes.get(len(grp), 0) + 1
        tag = f'group E_r={[rows[i][0] for i in grp]} Gamma bounds={[rows[i][1] for i in grp]}'
        if len(in_disc) != len(grp) and nwind == len(in_disc) and len(zs) == nwind:
            P(f'  note (a) unresolved {tag}: {len(in_disc)} engine rows within 1e-11 relative of its centre '
              f'(more than the group), {nwind} mpmath zeros there (winding and individually)')
        if nwind != len(in_disc) or len(zs) != nwind:
            flag(f'(a) unresolved {tag}: engine rows in group {len(grp)}, all engine rows within 1e-11 relative '
                 f'of its centre: {len(in_disc)}; mpmath zeros within 1e-11 relative: {nwind} by winding number '
                 f'(max phase step {mp.nstr(maxstep, 3)}), {len(zs)} found individually: '
                 + str([(mp.nstr(z.real, 20), mp.nstr(-2 * z.imag, 6)) for z in zs]))
        if len(grp) > 1:
            P(f'  note (a) unresolved multiplet {tag}: winding {nwind}, mpmath members '
              + str([(mp.nstr(z.real, 22), mp.nstr(-2 * z.imag, 6)) for z in zs]))
        # E comparison: the disc's rows (sorted by E) against the zeros found (sorted by E), group rows only
        if len(zs) != len(in_disc):
            continue
        for i, z in zip(sorted(in_disc, key=lambda i: rows[i][0]), zs):
            if i not in grp:
                continue
            er = abs(f(rows[i][0]) - z.real) / z.real
            if er > worst_ue[0]:
                worst_ue = (er, rows[i][:2])
            if er > mp.mpf('1e-12'):
                flag(f'(a) unresolved E error {mp.nstr(er, 3)}: E_r={rows[i][0]!r}; mpmath E={mp.nstr(z.real, 20)}')
            gz = -2 * z.imag
            if gz > f(rows[i][1]):
                bound_viol += 1
                flag(f'(a) unresolved row width bound below the mpmath Gamma: E_r={rows[i][0]!r} '
                     f'bound={rows[i][1]!r} mpmath Gamma={mp.nstr(gz, 6)}')
            maxg_over_bound = max(maxg_over_bound, gz / f(rows[i][1]))
    P(f'  (a) unresolved done in {time.time() - t1:.0f} s: {len(un)} rows in {len(groups)} groups (sizes {sizes}); '
      f'worst E rel error {mp.nstr(worst_ue[0], 3)} at {worst_ue[1]}; max mpmath Gamma / engine bound '
      f'{mp.nstr(maxg_over_bound, 3)}')

    # stability: a few poles at dps + 30
    picks = []
    res_i = [i for i in polished if polished[i] is not None]
    if res_i:
        picks += [min(res_i, key=lambda i: rows[i][1] / rows[i][0]), max(res_i, key=lambda i: rows[i][1] / rows[i][0]),
                  res_i[len(res_i) // 2]]
    picks_z = [polished[i] for i in picks]
    if unres_zeros:
        picks_z += [unres_zeros[0], unres_zeros[len(unres_zeros) // 2], unres_zeros[-1]]
    dmax_e, dmax_g = mp.mpf(0), mp.mpf(0)
    with mp.workdps(dps + 30):
        for z in picks_z:
            z2 = converged_zero(case.amplitude, mp.mpc(z))
            if z2 is None:
                flag(f'(stability) no convergence at dps {dps + 30} from E={mp.nstr(z.real, 20)}')
                continue
            dmax_e = max(dmax_e, abs(z2.real - z.real) / z2.real)
            dmax_g = max(dmax_g, abs(z2.imag - z.imag) / abs(z2.imag))
    P(f'  stability: {len(picks_z)} poles recomputed at dps {dps + 30}: max rel change E {mp.nstr(dmax_e, 3)}, '
      f'Gamma {mp.nstr(dmax_g, 3)}')

    # (b) truth -> engine
    if time.time() > deadline:
        raise Timeout('before (b)')
    t2 = time.time()
    plist = it.poles(case, e0, top)
    P(f'  (b) mpmath poles (it.poles) with E_r in [{E0S}, {TOPS}]: {len(plist)} ({time.time() - t2:.0f} s)')
    # add the multiplet members from (a) that it.poles did not list: it takes zeros within 1e-20 for one, while
    # quartet members can lie closer; each listed pole accounts for the member nearest to it
    # (overlapping groups find the same member more than once)
    distinct = []
    for z in unres_zeros:
        if all(abs(z - q) > mp.mpf(10) ** (-(mp.mp.dps // 2)) * abs(z) for q in distinct):
            distinct.append(z)
    unres_zeros = distinct
    covered = set()
    for p in plist:
        near = [k for k, z in enumerate(unres_zeros) if abs(z - p) <= mp.mpf('1e-11') * abs(z)]
        if near:
            covered.add(min(near, key=lambda k: abs(unres_zeros[k] - p)))
    extra = [z for k, z in enumerate(unres_zeros) if k not in covered and e0 <= z.real <= top]
    same = mp.mpf('1e-26')
    if extra:
        P(f'  (b) {len(extra)} zeros from (a) not in the it.poles list, added: '
          + str([(mp.nstr(z.real, 20), mp.nstr(-2 * z.imag, 6)) for z in extra]))
    truth = sorted(plist + extra, key=lambda p: p.real)
    used = {}
    for p in truth:
        gp = -2 * p.imag
        cands = []
        for i, (e, g, res) in enumerate(rows):
            if abs(f(e) - p.real) > mp.mpf('1e-10') * p.real:
                continue
            if res and gp >= mp.mpf('1e-9') * p.real and abs(f(g) - gp) > mp.mpf('1e-6') * gp:
                continue
            cands.append(i)
        free = [i for i in cands if i not in used]
        if free:
            i = min(free, key=lambda i: abs(f(rows[i][0]) - p.real))
            used[i] = p
        else:
            near = min(rows, key=lambda r: abs(f(r[0]) - p.real)) if rows else None
            why = 'no engine row within tolerance' if not cands else f'its {len(cands)} candidate row(s) already matched'
            flag(f'(b) mpmath pole with no engine match ({why}): E={mp.nstr(p.real, 20)} Gamma={mp.nstr(gp, 15)}; '
                 f'nearest engine row by E: {near}')
    for i, (e, g, res) in enumerate(rows):
        if i in used:
            continue
        ze = mp.mpc(f(e), -f(g) / 2 if res else 0)
        z = converged_zero(case.amplitude, ze)
        dz, inlist = None, False
        if z is None:
            desc = 'converged_zero from the engine value: no convergence'
        else:
            dz = abs(z - ze) / abs(z)
            inlist = any(abs(z - p) <= same * abs(z) for p in truth)
            desc = (f'converged_zero from the engine value -> E={mp.nstr(z.real, 20)} Gamma={mp.nstr(-2 * z.imag, 15)}'
                    f' ({mp.nstr(dz, 3)} relative from the engine pole; in mpmath list: {inlist})')
        genuine = z is not None and dz <= mp.mpf('1e-12') and not inlist
        if genuine:
            notes.append(e)
            P(f'  note (b) a zero the seed finder missed: E_r={e!r} Gamma={g!r} resolved={res}; {desc}')
        else:
            flag(f'(b) engine row with no mpmath match: E_r={e!r} Gamma={g!r} resolved={res}; {desc}')
    P(f'  SUMMARY {cid}: engine rows {len(rows)} (resolved {nres}, unresolved {len(rows) - nres}), box eigenvalues '
      f'{nbox}, mpmath poles {len(truth)} (it.poles {len(plist)} + {len(extra)}), worst E err resolved '
      f'{mp.nstr(worst_e[0], 3)} / unresolved {mp.nstr(worst_ue[0], 3)}, worst Gamma err {mp.nstr(worst_g9[0], 3)} '
      f'(Gamma>=1e-9E) / {mp.nstr(worst_g12[0], 3)} (1e-12..1e-9), rows the seed finder missed {len(notes)}, '
      f'flags {len(flags)}, time {time.time() - t0:.0f} s')
    return flags


def main():
    global R, E0S, TOPS
    ap = argparse.ArgumentParser(description='Audit an ionsweep dataset\'s resonance poles against mpmath.')
    ap.add_argument('dir')
    ap.add_argument('ids', nargs='*', type=int)
    ap.add_argument('--random', type=int, default=0, help='audit N configurations drawn at random')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--minutes', type=float, default=15, help='time limit per configuration')
    args = ap.parse_args()
    R = args.dir.rstrip('/')
    with open(os.path.join(R, 'manifest.json')) as fh:
        config = yaml.safe_load(json.load(fh)['config'])
    if config.get('profile', {}).get('type') != 'multisite':
        sys.exit('audit_poles: only multisite profiles are audited')
    E0S, TOPS = window(config)
    ids = list(args.ids)
    if args.random:
        all_ids = [r[0] for r in duckdb.sql(f"select distinct config_id from '{R}/resonances/*.parquet' "
                                            "order by 1").fetchall()]
        ids += sorted(random.Random(args.seed).sample(all_ids, min(args.random, len(all_ids))))
    if not ids:
        sys.exit('audit_poles: give configuration ids or --random N')
    P(f'configs {ids}, resonance window [{E0S}, {TOPS}] eV')
    flagged = 0
    for cid in ids:
        deadline = time.time() + 60 * args.minutes
        try:
            flagged += len(audit(cid, deadline))
        except Timeout as t:
            P(f'  TIMEOUT config {cid} after {args.minutes} min: {t}')
            flagged += 1
    P(f'{len(ids)} configurations, {flagged} flags')
    sys.exit(1 if flagged else 0)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Synthetic rigid-job workload generator after Lublin & Feitelson, for benchmarks/scheduler-sim-lublin.sh.

Model: U. Lublin and D. G. Feitelson, "The workload on parallel
supercomputers: modeling the characteristics of rigid jobs",
J. Parallel & Distributed Computing 63(11), 2003 (their program lublin99.c
generated lublin_256.swf).

Own implementation in Python 3, standard library only: the model's structure
and default parameter values are those published (paper, lublin99.c and the
GridSim WorkloadLublin99 port); no code was taken from them.  Checked against
the real lublin_256.swf (256 processors, 10,000 jobs): serial share, power-of-two
share, mean size, runtime mean and median, total work and the daily cycle match
within about 1.5 standard deviations over seeds; the offered load is
0.955 +- 0.06 over 300 seeds against the reference's 1.06 (about its 95th
percentile).

Per job:
  * arrival   - log inter-arrival ~ gamma(aarr*arar, barr), consumed against a
                48-bucket (half-hour) daily cycle whose bucket weights come from
                a gamma(anum, bnum) cdf, day shifted cyclically by 11 buckets.
  * size      - serial with prob. serial_p; otherwise log2(size) from a
                two-stage uniform (ulow, umed, uhi, uprob); rounded to an integer
                exponent (power of two) when the same uniform draw falls into the
                next pow2_p of probability mass.
  * runtime   - log(runtime) ~ hyper-gamma(a1,b1,a2,b2,p), p = pa*size + pb
                clipped to [0,1]; values of log(runtime) > 12 are redrawn.

Models (--model):
  typeless  (default) "whole sample" parameters, every job gets type 0;
            this is lublin99.c with INCLUDE_JOBS_TYPE 0, and is the
            configuration that matches the reference lublin_256.swf trace.
  mixed     batch and interactive streams interleaved (lublin99.c and the
            GridSim port default, INCLUDE_JOBS_TYPE 1); field 15 = type
            (0 interactive, 1 batch) as printed by lublin99.c.
  batch     only the batch stream (batch parameters); field 15 = 1.

Machine size: for every job type uhi = log2(--nodes) and umed = uhi - 2.5
(the model's rule); sizes are capped at --nodes.

Inter-arrival cap (--arrival-cap): log inter-arrival draws above the cap are
redrawn.  Published lublin99.c uses 13.  For the default typeless model the
default here is 12, because the reference trace lublin_256.swf is
statistically incompatible with 13 and compatible with 12: with 13 every
seed has gaps between submissions of 2-5 days while the reference's longest
is 1.6 days, and none of 300 seeds matched both its longest gap and its span
(load 0.875 +- 0.07).  mixed/batch default to 13 (lublin_256_new2 in the
RLScheduler data fits it).

--load-scale F multiplies every inter-arrival time (hence every submit time)
by F after generation; note that this also stretches the 24 h daily cycle.

Random numbers come from a drand48-compatible 48-bit LCG seeded like
srand48(seed), and are drawn in the same order as lublin99.c, so a seed
gives a fully deterministic trace.

Usage:
  python3 benchmarks/lib/lublin.py --nodes 256 --jobs 10000 --seed S [--load-scale F] > out.swf
"""

import argparse
import math
import sys

# ----------------------------------------------------------------------------
# constants of the model / program
# ----------------------------------------------------------------------------
MAX_LOG_RUNTIME = 12          # exp(12) s  ~ 1.9 days: redraw above this
# Log inter-arrival values above this cap are redrawn.  lublin99.c as
# published uses 13 (exp(13) s ~ 5 days).  The reference trace the default
# (typeless) model is validated against, lublin_256.swf, has no gap that a
# raw value above ~e^12 would produce and its span / load are only
# reproduced with a cap of 12, so 12 is the typeless default; the mixed
# reference trace (lublin_256_new2) fits 13.  --arrival-cap overrides.
ARRIVAL_CAP_PUBLISHED = 13.0
ARRIVAL_CAP_DEFAULT = 12.0
DEFAULT_CAP = {'typeless': ARRIVAL_CAP_DEFAULT,      # matches lublin_256.swf
               'mixed': ARRIVAL_CAP_PUBLISHED,       # matches lublin_256_new2
               'batch': ARRIVAL_CAP_PUBLISHED}
NBUCKETS = 48                 # half-hour buckets per day
BUCKET_SECONDS = 86400 // NBUCKETS
DAY_SHIFT = 11                # daily-cycle gamma is evaluated on [11, 59)
START_HOUR = 0                # simulated time 0 is midnight

INTERACTIVE = 0
BATCH = 1

# Default parameter values of the model (fitted for a 128-node machine,
# uhi = 7).  uhi is replaced by log2(--nodes) and umed by uhi - umed_gap
# (the model's rule umed = uhi - 2.5; the fitted batch default was 7 / 5).
PARAMS = {
    'typeless': dict(serial_p=0.244, pow2_p=0.576,
                     ulow=0.8, uhi=7.0, umed_gap=2.5, uprob=0.86,
                     a1=4.2, b1=0.94, a2=312.0, b2=0.03, pa=-0.0054, pb=0.78,
                     aarr=10.2303, barr=0.4871, anum=8.1737, bnum=3.9631,
                     arar=1.0225),
    'batch': dict(serial_p=0.2927, pow2_p=0.6686,
                  ulow=1.2, uhi=7.0, umed_gap=2.5, uprob=0.875,
                  a1=6.57, b1=0.823, a2=639.1, b2=0.0156, pa=-0.003, pb=0.6986,
                  aarr=6.0415, barr=0.8531, anum=6.1271, bnum=5.2740,
                  arar=1.0519),
    'interactive': dict(serial_p=0.1541, pow2_p=0.625,
                        ulow=1.0, uhi=5.5, umed_gap=2.5, uprob=0.705,
                        a1=3.8351, b1=0.6605, a2=7.073, b2=0.6856,
                        pa=-0.0118, pb=0.9156,
                        aarr=6.5510, barr=0.6621, anum=8.9186, bnum=3.6680,
                        arar=0.9797),
}


# ----------------------------------------------------------------------------
# random numbers
# ----------------------------------------------------------------------------
class Rand48:
    """48-bit linear congruential generator with the drand48 constants."""
    _MUL = 0x5DEECE66D
    _ADD = 0xB
    _MASK = (1 << 48) - 1
    _SCALE = 1.0 / (1 << 48)

    def __init__(self, seed):
        self.state = (((seed & 0xFFFFFFFF) << 16) | 0x330E) & self._MASK

    def uniform(self):
        self.state = (self.state * self._MUL + self._ADD) & self._MASK
        return self.state * self._SCALE


def neg_log(u):
    """-ln(u) with -ln(0) = +inf (as the C math library would give)."""
    return math.inf if u <= 0.0 else -math.log(u)


class Sampler:
    def __init__(self, rng):
        self.u = rng.uniform

    def beta_small(self, p, q):
        """Beta(p, q) for 0 < p, q < 1 (Johnk's rejection method)."""
        while True:
            x = self.u() ** (1.0 / p)
            y = self.u() ** (1.0 / q)
            s = x + y
            if s <= 1.0:
                return x / s if s > 0.0 else 0.0

    def gamma(self, shape, scale):
        """gamma(shape, scale) = Erlang(int part) + Beta*Exp (fractional part)."""
        whole = int(shape)
        frac = shape - whole
        value = 0.0
        if shape >= 1.0:
            acc = 0.0
            for _ in range(whole):
                acc += neg_log(self.u())
            value += acc * scale
        if frac > 0.0:
            b = self.beta_small(frac, 1.0 - frac)
            e = neg_log(self.u())
            value += scale * b * e
        return value

    def hyper_gamma(self, a1, b1, a2, b2, p):
        if self.u() <= p:
            return self.gamma(a1, b1)
        return self.gamma(a2, b2)

    def two_stage_uniform(self, low, med, high, prob):
        if self.u() <= prob:
            lo, hi = low, med
        else:
            lo, hi = med, high
        return lo + self.u() * (hi - lo)


# ----------------------------------------------------------------------------
# gamma cdf (regularised lower incomplete gamma function)
# ----------------------------------------------------------------------------
def _lower_series(a, x):
    term = 1.0 / a
    total = term
    n = a
    for _ in range(1000):
        n += 1.0
        term *= x / n
        total += term
        if term < total * 1e-15:
            break
    return total * math.exp(-x + a * math.log(x) - math.lgamma(a))


def _upper_fraction(a, x):
    # modified Lentz evaluation of the continued fraction for Q(a, x)
    tiny = 1e-300
    b = x + 1.0 - a
    c = 1.0 / tiny
    d = 1.0 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        if abs(d) < tiny:
            d = tiny
        c = b + an / c
        if abs(c) < tiny:
            c = tiny
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return math.exp(-x + a * math.log(x) - math.lgamma(a)) * h


def gamma_cdf(x, shape, scale):
    x = x / scale
    if x <= 0.0:
        return 0.0
    if x < shape + 1.0:
        return _lower_series(shape, x)
    return 1.0 - _upper_fraction(shape, x)


# ----------------------------------------------------------------------------
# the generator
# ----------------------------------------------------------------------------
class ArrivalStream:
    """Arrival process of one job type: gamma inter-arrivals on a daily cycle.

    Inter-arrival 'points' (exp(gamma)/bucket length) are spent against the
    normalised weights of the half-hour buckets; busy buckets are heavier and
    therefore consumed faster, giving more arrivals per unit of time there.
    The position inside the current bucket is carried from job to job.
    """

    def __init__(self, sampler, par, start_hour, max_log_ia=ARRIVAL_CAP_DEFAULT):
        self.s = sampler
        self.max_log_ia = max_log_ia
        self.shape = par['aarr'] * par['arar']
        self.scale = par['barr']
        raw = [0.0] * NBUCKETS
        for i in range(DAY_SHIFT, DAY_SHIFT + NBUCKETS):
            raw[(i - 1) % NBUCKETS] = (gamma_cdf(i + 0.5, par['anum'], par['bnum'])
                                       - gamma_cdf(i - 0.5, par['anum'], par['bnum']))
        mean = sum(raw) / NBUCKETS
        self.weight = [w / mean for w in raw]
        self.bucket = start_hour * NBUCKETS // 24
        self.points = 0.0      # points already spent inside the current bucket
        self.frac = 0.0        # fraction of the current bucket already elapsed
        self.next_time = 0     # arrival time (s) of this stream's next job
        self.advance()

    def advance(self):
        while True:
            g = self.s.gamma(self.shape, self.scale)
            if g <= self.max_log_ia:
                break
        self.points += math.exp(g) / BUCKET_SECONDS
        elapsed = 0.0
        b = self.bucket
        w = self.weight
        while self.points > w[b]:
            self.points -= w[b]
            b = (b + 1) % NBUCKETS
            elapsed += BUCKET_SECONDS
        frac = self.points / w[b]
        elapsed += BUCKET_SECONDS * (frac - self.frac)
        self.frac = frac
        self.bucket = b
        # integer clock, truncated like the unsigned long clock of lublin99.c
        self.next_time = int(self.next_time + elapsed)


class JobType:
    def __init__(self, name, sampler, nodes, start_hour, arrival_cap):
        par = dict(PARAMS[name])
        uhi = math.log2(nodes)
        par['uhi'] = uhi
        par['umed'] = uhi - par['umed_gap']
        self.p = par
        self.max_nodes = nodes
        self.s = sampler
        self.arrivals = ArrivalStream(sampler, par, start_hour, arrival_cap)

    def size(self):
        p = self.p
        u = self.s.u()
        if u <= p['serial_p']:
            return 1
        e = self.s.two_stage_uniform(p['ulow'], p['umed'], p['uhi'], p['uprob'])
        if u <= p['serial_p'] + p['pow2_p']:
            e = float(int(e + 0.5))
        n = int(2.0 ** e + 0.5)
        return max(1, min(n, self.max_nodes))

    def runtime(self, n):
        p = self.p
        mix = p['pa'] * n + p['pb']
        mix = min(1.0, max(0.0, mix))
        while True:
            h = self.s.hyper_gamma(p['a1'], p['b1'], p['a2'], p['b2'], mix)
            if h <= MAX_LOG_RUNTIME:
                break
        return max(1, int(math.exp(h)))


def generate(nodes, jobs, seed, model='typeless', start_hour=START_HOUR,
             arrival_cap=None):
    """Yield (arrival_seconds, nodes, runtime_seconds, type_code) per job."""
    if arrival_cap is None:
        arrival_cap = DEFAULT_CAP[model]
    sampler = Sampler(Rand48(seed))
    mk = lambda name: JobType(name, sampler, nodes, start_hour, arrival_cap)
    if model == 'mixed':
        streams = {BATCH: mk('batch'), INTERACTIVE: mk('interactive')}
    elif model == 'batch':
        streams = {BATCH: mk('batch')}
    elif model == 'typeless':
        # lublin99.c initialises (and then disables) a second stream first;
        # do the same so the random-number sequence lines up with it.
        mk('typeless')
        streams = {INTERACTIVE: mk('typeless')}
    else:
        raise ValueError(model)
    for _ in range(jobs):
        if len(streams) == 2:
            kind = (BATCH if streams[BATCH].arrivals.next_time
                    < streams[INTERACTIVE].arrivals.next_time else INTERACTIVE)
        else:
            kind = next(iter(streams))
        jt = streams[kind]
        t = jt.arrivals.next_time
        jt.arrivals.advance()
        n = jt.size()
        r = jt.runtime(n)
        yield t, n, r, kind


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--nodes', type=int, default=128, help='system size (processors)')
    ap.add_argument('--jobs', type=int, default=10000, help='number of jobs')
    ap.add_argument('--seed', type=int, default=1, help='random seed (srand48 style)')
    ap.add_argument('--load-scale', type=float, default=1.0,
                    help='multiply every inter-arrival time by this factor')
    ap.add_argument('--model', choices=('typeless', 'mixed', 'batch'), default='typeless',
                    help='parameter set (default: typeless, see module doc)')
    ap.add_argument('--start-hour', type=int, default=START_HOUR,
                    help='hour of day at time 0 (default 0 = midnight)')
    ap.add_argument('--arrival-cap', type=float, default=None,
                    help='redraw log inter-arrival values above this (default: 12 for '
                         'typeless, 13 for mixed/batch; published lublin99.c: 13)')
    a = ap.parse_args(argv)
    if a.nodes < 2 or a.jobs < 1 or a.load_scale <= 0 or not 0 <= a.start_hour <= 23:
        ap.error('need --nodes >= 2, --jobs >= 1, --load-scale > 0, 0 <= --start-hour <= 23')

    out = sys.stdout
    w = out.write
    w('; Version: 2\n')
    w('; Acknowledge: Uri Lublin, Hebrew University\n')
    w('; Information: http://www.cs.huji.ac.il/labs/parallel/workload\n')
    w('; MaxJobs: %d\n' % a.jobs)
    w('; MaxRecords: %d\n' % a.jobs)
    w('; MaxNodes: %d\n' % a.nodes)
    w('; MaxRuntime: %d\n' % int(math.exp(MAX_LOG_RUNTIME)))
    lines = []
    for i, (t, n, r, kind) in enumerate(
            generate(a.nodes, a.jobs, a.seed, a.model, a.start_hour, a.arrival_cap), 1):
        if a.load_scale != 1.0:
            t = int(round(t * a.load_scale))
        lines.append('%5d %7d -1 %7d %3d -1 -1 -1 -1 -1 1 -1 -1 -1 %d -1 -1 -1\n'
                     % (i, t, r, n, kind))
    w(''.join(lines))
    out.flush()


if __name__ == '__main__':
    main()

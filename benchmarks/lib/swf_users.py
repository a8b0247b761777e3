"""Synthetic SWF traces with user habits, for checking the scheduler's `default` beyond lublin_256.

Real traces differ from the Lublin model in ways that matter to an estimate-based order: users ask
for round runtime limits (many always for the queue's maximum), and one user's consecutive jobs look
alike. Each trace here has 150 users with Zipf activity; a user has a typical job size and median
runtime and one estimate habit (always the 36 h maximum, rounded up to a common limit, or tight);
jobs come in sessions of 1-8 similar jobs, 10% are killed at their limit, arrivals follow a daily
cycle. Field 12 is the user. Two grids: u1-u12 (128 and 512 processors, load 0.6-0.9) and v1-v18
(64, 256 and 1024 processors, load 0.55-0.8, other seeds); 10 or 30% of users always ask for 36 h.

    python3 benchmarks/lib/swf_users.py OUT_DIR
"""
import sys
import random, math
# users with habits: each user has a typical job (size, runtime median, estimate habit), Zipf activity,
# submits in sessions of similar jobs; daily cycle
def gen(path, seed, procs, jobs, load, maxfrac):
    r = random.Random(seed)
    rounds = [300,900,1800,3600,7200,14400,28800,43200,64800,86400,129600]
    nu = 150
    users=[]
    for u in range(nu):
        size = 1 if r.random()<0.25 else 2**r.randint(1,int(math.log2(procs))-1)
        med = math.exp(r.uniform(math.log(30), math.log(60000)))
        habit = 'max' if r.random()<maxfrac else ('round' if r.random()<0.7 else 'tight')
        users.append((size,med,habit))
    weights=[1/(i+1) for i in range(nu)]
    recs=[]
    i=0
    while len(recs)<jobs:
        u = r.choices(range(nu), weights)[0]
        size,med,habit = users[u]
        for k in range(r.randint(1,8)):
            if len(recs)>=jobs: break
            run = max(1,int(med*math.exp(r.gauss(0,0.8))))
            p = size if r.random()<0.8 else max(1,min(procs, size*2**r.randint(-2,2)))
            if habit=='max': est=rounds[-1]
            elif habit=='round': est=next((x for x in rounds if x>=run*r.uniform(1.2,3)), rounds[-1])
            else: est=int(run*r.uniform(1.0,1.5))
            if r.random()<0.1: run=est  # killed at the limit
            run=min(run,est)
            recs.append([u,run,p,est])
    work=sum(p*run for u,run,p,est in recs)
    mean_ia=work/(procs*load)/jobs
    t=0.0; out=[]
    idx=0
    for rec in recs:
        hour=(t/3600)%24
        f=1.6 if 8<=hour<18 else 0.55
        t+=r.expovariate(f/mean_ia)
        idx+=1
        u,run,p,est=rec
        out.append(f"{idx} {int(t)} -1 {run} {p} -1 -1 {p} {est} -1 1 {u+1} 1 -1 1 -1 -1 -1")
    with open(path,'w') as f:
        f.write(f"; MaxProcs: {procs}\n; MaxNodes: {procs}\n"+"\n".join(out)+"\n")
out = sys.argv[1] if len(sys.argv) > 1 else "."
n=0
for procs in (128,512):
    for load in (0.6,0.75,0.9):
        for mf in (0.1,0.3):
            n+=1
            gen(f"{out}/u{n}-p{procs}-l{load}-m{mf}.swf", 100+n, procs, 8000, load, mf)
# a second grid, other seeds: smaller and larger machines at lighter loads
n=0
for procs in (64,256,1024):
    for load in (0.55,0.7,0.8):
        for mf in (0.1,0.3):
            n+=1
            gen(f"{out}/v{n}-p{procs}-l{load}-m{mf}.swf", 500+n, procs, 8000, load, mf)

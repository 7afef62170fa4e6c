#!/usr/bin/env python3
# Interleaved A/B timing of native builds (bench/notes.md): wall, user, sys and peak memory from wait4, medians.
# usage: ab.py N content "label=[ENV=V ...] binary" ...   runs: binary build --content C --output /tmp/ab-<label> --quiet, interleaved
import sys,subprocess,statistics,os,time
n=int(sys.argv[1]); content=sys.argv[2]; variants=[a.split('=',1) for a in sys.argv[3:]]
res={l:[] for l,_ in variants}
for i in range(n):
    for l,c in variants:
        env=dict(os.environ)
        parts=c.split()
        while parts and '=' in parts[0] and not parts[0].startswith('/'):
            k,v=parts.pop(0).split('=',1); env[k]=v
        t=time.time()
        p=subprocess.Popen(parts+['build','--content',content,'--output','/tmp/ab-'+l,'--quiet'],stdout=subprocess.DEVNULL,env=env)
        _,status,ru=os.wait4(p.pid,0)
        res[l].append((time.time()-t,ru.ru_utime,ru.ru_stime,ru.ru_maxrss))
for l,r in res.items():
    med=lambda k: statistics.median(x[k] for x in r)
    cpu=[x[1]+x[2] for x in r]
    print(f"{l:8s} wall {med(0):.3f} (min {min(x[0] for x in r):.3f})  user {med(1):.3f} sys {med(2):.3f} cpu {statistics.median(cpu):.3f} (min {min(cpu):.3f})  peak {med(3)/1024:.0f} MB  n={len(r)}")

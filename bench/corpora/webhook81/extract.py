import subprocess, sys, os
gd, commit, out = sys.argv[1], sys.argv[2], sys.argv[3]
paths = sys.argv[4:]
ls = subprocess.run(['git','--git-dir',gd,'ls-tree','-r',commit,'--']+paths,capture_output=True,text=True).stdout.splitlines()
ents=[]
for l in ls:
    meta, p = l.split('\t',1)
    mode, typ, sha = meta.split()
    if typ=='blob': ents.append((sha,p))
p = subprocess.Popen(['git','--git-dir',gd,'cat-file','--batch'],stdin=subprocess.PIPE,stdout=subprocess.PIPE)
miss=0
for sha,path in ents:
    p.stdin.write((sha+'\n').encode()); p.stdin.flush()
    hdr = p.stdout.readline().decode().split()
    if len(hdr)<3 or hdr[1]=='missing':
        miss+=1; continue
    n=int(hdr[2]); data=p.stdout.read(n); p.stdout.read(1)
    fp=os.path.join(out,path); os.makedirs(os.path.dirname(fp),exist_ok=True)
    open(fp,'wb').write(data)
print(len(ents),'files',miss,'missing')

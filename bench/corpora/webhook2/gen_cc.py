#!/usr/bin/env python3
import json
R='/work/corpora/webhook2'
S=R+'/src'
ST=R+'/stubs'
QT=['-I/usr/include/x86_64-linux-gnu/qt5','-I/usr/include/x86_64-linux-gnu/qt5/QtCore','-I/usr/include/x86_64-linux-gnu/qt5/QtNetwork','-fPIC']
E=[
 ('lidedongsn+wechat-webhook','wechat-webhook.cpp',['-std=c++17','-I'+ST+'/restclient','-I{r}/include','-I{r}']),
 ('Fulu1014+SmartPR-Reviewer','src/main.cpp',['-std=c++17','-I'+ST+'/smartpr','-I{r}/include']),
 ('chapin666+NuClaw','src/step21/include/nuclaw/im_server.hpp',['-x','c++','-std=c++20','-I'+ST+'/nuclaw','-I'+ST+'/httplib047','-I{r}/src/step21/include','-I{r}/src/step21/include/nuclaw']),
 ('DyXel+Multirole','src/Multirole/Endpoint/Webhook.cpp',['-std=c++17','-I{r}/src']),
 ('DyXel+Multirole','src/Multirole/GitRepo.cpp',['-std=c++17','-I'+ST+'/boostjson','-I{r}/src']),
 ('Henkolicious+xactools-cpp-sample','src/main.cpp',['-std=c++17','-DCPPHTTPLIB_OPENSSL_SUPPORT']),
 ('alighanbari2002+Access-Control-Management-Over-IOT','webserver/webserver.cpp',['-std=c++17','-I'+ST+'/qtcase']+QT+['-I{r}/webserver']),
('panayiotissavva8-dev+devlpulse','src/main.cpp',['-std=c++17','-I'+ST+'/crow121/include','-I'+ST+'/cpr','-I{r}/src']),
('heikki-laitala+ptrclaw','src/channels/whatsapp.cpp',['-std=c++17','-I{r}/src']),('heikki-laitala+ptrclaw','src/channels/http.cpp',['-std=c++17','-I{r}/src']),

('cryptoli+lite-telegram-image-bot','src/server.cpp',['-std=c++17','-I{r}/include']),

]
import os
out=[]
for repo,path,flags in E:
    r=S+'/'+repo
    f=r+'/'+path
    if not os.path.exists(f): continue
    args=['/usr/bin/clang++-19']+[x.replace('{r}',r) for x in flags]+['-c',f]
    out.append({'directory':os.path.dirname(f),'file':f,'arguments':args})
json.dump(out,open(R+'/compile_commands.json','w'),indent=1)
print(len(out))

#!/usr/bin/env python3
# Usage: start a platform (e.g. java -jar deploy/local/platform/target/local-platform.jar --port-offset=40000
#   --no-demo-data --var=/tmp/throughput-var), then: python3 deploy/local/throughput.py http://127.0.0.1:48080 20000
# Figures: deploy/SIZING.md.
# Per-instance throughput of the local platform (one instance of each service): bulk import through the gateway,
# the registry topic's consumers (inspection directory, reporting), and single registrations through the gateway.
import json, sys, time, threading, urllib.request, urllib.error
G = sys.argv[1]
ROWS = int(sys.argv[2])
def req(method, path, token=None, body=None, ctype='application/json'):
    data = body.encode() if isinstance(body, str) else body
    r = urllib.request.Request(G + path, data=data, method=method)
    if token: r.add_header('Authorization', 'Bearer ' + token)
    if data is not None: r.add_header('Content-Type', ctype)
    try:
        with urllib.request.urlopen(r, timeout=60) as resp:
            return resp.status, resp.read().decode(), dict(resp.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)
def token(u):
    s, b, _ = req('POST', '/auth/token', body=json.dumps({'username': u, 'password': 'demo'}))
    return json.loads(b)['access_token']
prov = token('province-admin'); city = token('city-admin')
counties = ['990102', '990103', '990104']
csv = ['nationalCode,name,type,level,ownership,countyCode,agreementSignedOn']
for i in range(ROWS):
    csv.append('S%09d,测量医院%d（演示）,MEDICAL_INSTITUTION,%s,PRIVATE,%s,2024-01-01' % (i, i, 'PRIMARY' if i % 2 else 'SECONDARY', counties[i % 3]))
t0 = time.time()
s, b, h = req('POST', '/api/registry/imports/institutions', prov, '\n'.join(csv) + '\n', 'text/csv')
assert s == 202, (s, b)
job = h.get('Location') or h.get('location')
while True:
    s, b, _ = req('GET', job, prov)
    st = json.loads(b)
    if st.get('status') in ('DONE', 'COMPLETED', 'FAILED', 'SUCCEEDED', 'FINISHED') or st.get('finishedAt'):
        break
    time.sleep(0.5)
t1 = time.time()
print('import job', st.get('status'), 'rows', ROWS, 'in %.1f s' % (t1 - t0), '→ %.0f rows/s' % (ROWS / (t1 - t0)), flush=True)
def total(path, tok, field='total'):
    s, b, _ = req('GET', path, tok)
    return json.loads(b).get(field, -1) if s == 200 else -1
dir_done = rep_done = None
while dir_done is None or rep_done is None:
    now = time.time()
    if dir_done is None and total('/api/inspection/directory?size=1', prov) >= ROWS: dir_done = now
    if rep_done is None:
        s, b, _ = req('GET', '/api/reports/counties?region=990000', prov)
        if s == 200 and json.loads(b).get('totals', {}).get('institutions', 0) >= ROWS: rep_done = now
    if now - t0 > 900: break
    time.sleep(0.5)
for name, done in (('inspection directory', dir_done), ('reporting totals', rep_done)):
    print(name, 'had all %d' % ROWS, ('%.1f s after the import was posted (%.0f events/s end to end)' % (done - t0, ROWS / (done - t0))) if done else 'NOT within 900 s', flush=True)
# single commands: registrations through the gateway, 8 clients
N, T = 800, 8
lat = []; lock = threading.Lock(); ok = [0]
def worker(k):
    for i in range(k, N, T):
        body = json.dumps({'nationalCode': 'Q990102%05d' % i, 'name': '单笔测量医院%d号（演示）' % i, 'type': 'MEDICAL_INSTITUTION', 'level': 'SECONDARY', 'ownership': 'PRIVATE', 'countyCode': '990102', 'agreementSignedOn': '2025-01-01'})
        a = time.time(); s, b, _ = req('POST', '/api/registry/institutions', city, body); d = time.time() - a
        with lock:
            lat.append(d); ok[0] += s == 201
a = time.time(); ts = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
[t.start() for t in ts]; [t.join() for t in ts]; el = time.time() - a
lat.sort()
print('single registrations: %d/%d accepted in %.1f s → %.0f commands/s, p50 %.0f ms, p99 %.0f ms' % (ok[0], N, el, N / el, lat[len(lat)//2]*1000, lat[int(len(lat)*0.99)]*1000), flush=True)

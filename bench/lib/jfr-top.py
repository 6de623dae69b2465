#!/usr/bin/env python3
"""Top methods of a JFR recording's CPU samples: self (top frame) and total (anywhere on the stack).
   python3 bench/lib/jfr-top.py recording.jfr [N] [filter-substring]"""
import collections, re, subprocess, sys

rec = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '200', rec],
                      capture_output=True, text=True, check=True).stdout
self_c, total_c = collections.Counter(), collections.Counter()
samples = 0
for event in text.split('jdk.ExecutionSample')[1:]:
    frames = re.findall(r'^\s+([\w$.<>/]+\.[\w$<>]+)\(.*?line:', event, re.M)
    if not frames:
        continue
    samples += 1
    self_c[frames[0]] += 1
    for f in set(frames):
        total_c[f] += 1
print(f'{samples} samples')
print('-- self')
for f, c in self_c.most_common(n):
    print(f'{100 * c / samples:5.1f}%  {f}')
print('-- total')
flt = sys.argv[3] if len(sys.argv) > 3 else None
for f, c in total_c.most_common(400 if flt else n):
    if flt is None or flt in f:
        print(f'{100 * c / samples:5.1f}%  {f}')

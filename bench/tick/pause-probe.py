#!/usr/bin/env python3
"""Detects pauses of the whole machine (a VM's vCPUs not run by the host), which no process inside can avoid.

Usage: pause-probe.py SECONDS LABEL. Sleeps 2 ms in a loop and prints each wake-up that came more than
10 ms late, with the wall clock: "HH:MM:SS.mmm LABEL gap N ms". Run one per CPU (taskset) at a high
priority (nice -20): it needs almost no CPU, so a gap seen at the same moment on every CPU is a pause of
the machine, not of one busy CPU.
"""
import datetime
import sys
import time

end = time.monotonic() + float(sys.argv[1])
label = sys.argv[2]
last = time.monotonic()
while last < end:
    time.sleep(0.002)
    now = time.monotonic()
    if now - last > 0.010:
        print(datetime.datetime.now().strftime('%H:%M:%S.%f')[:-3], label, f"gap {1000 * (now - last):.1f} ms",
              flush=True)
    last = now

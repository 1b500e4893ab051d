#!/usr/bin/env python3
"""Time one admin API call as keywardd answers it: from the request's last octet to
the reply's last octet on the local socket, without parsing the reply (so neither
keywardctl's start-up nor its JSON handling is counted).

    ipc-call-time.py SOCKET METHOD [RUNS]

Prints the median and the fastest of RUNS calls (default 5) in milliseconds and the
reply's size, after one call that is not counted (it warms keywardd's caches).
"""
import json
import socket
import statistics
import struct
import sys
import time


def frame(obj):
    body = json.dumps(obj, separators=(",", ":")).encode()
    return struct.pack(">I", len(body)) + body


def read_exact(sock, n):
    out = bytearray()
    while len(out) < n:
        chunk = sock.recv(min(1 << 20, n - len(out)))
        if not chunk:
            raise SystemExit("ipc-call-time: keywardd closed the connection")
        out += chunk
    return bytes(out)


def read_frame(sock):
    (n,) = struct.unpack(">I", read_exact(sock, 4))
    return read_exact(sock, n)


def main():
    path, method = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(path)
    sock.sendall(frame({"id": 1, "method": "hello",
                        "params": {"major": 1, "minor": 1, "client": "ipc-call-time"}}))
    hello = json.loads(read_frame(sock))
    if "error" in hello:
        raise SystemExit("ipc-call-time: hello refused: %s" % hello["error"])
    times = []
    size = 0
    for i in range(runs + 1):
        request = frame({"id": 2 + i, "method": method, "params": {}})
        start = time.perf_counter()
        sock.sendall(request)
        reply = read_frame(sock)
        elapsed = (time.perf_counter() - start) * 1000
        if b'"error"' in reply[:64]:
            raise SystemExit("ipc-call-time: %s failed: %s" % (method, reply[:300]))
        size = len(reply)
        if i > 0:
            times.append(elapsed)
    print("%.1f %.1f %d" % (statistics.median(times), min(times), size))


main()

#!/usr/bin/env python3
"""Kill -9 JLGC Desk at random moments while it writes, many times.

Usage: killtest.py JLGC_DESK_BINARY WORK_DIR [ROUNDS] [SEED]

Each round runs `jlgc-desk --database FILE stress-write N` (a hidden command
that commits numbered people, each with an affiliation, one transaction each,
and prints "committed SEQ ID" after each commit), kills it with SIGKILL after a
random number of commits or a random delay, then checks that the file passes
PRAGMA integrity_check and foreign_key_check, and holds exactly the committed
people (plus at most the one whose commit was under way), each with its
affiliation (a transaction is entirely in or entirely out). The rounds write
into the same file, so each one also starts from a file left by a kill.
Deterministic: the seed fixes the moments.
"""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check_file(path, committed):
    con = sqlite3.connect(path)
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            fail("integrity_check: %s" % result)
        fk = list(con.execute("PRAGMA foreign_key_check"))
        if fk:
            fail("foreign_key_check: %s" % fk[:5])
        rows = dict(con.execute(
            "SELECT id, notes FROM person WHERE notes LIKE 'stress %'"))
        orphans = list(con.execute(
            "SELECT p.id FROM person p WHERE p.notes LIKE 'stress %' AND NOT EXISTS "
            "(SELECT 1 FROM person_affiliation a WHERE a.person_id = p.id)"))
        if orphans:
            fail("people without their affiliation (half a transaction): %s" % orphans[:5])
        logged = con.execute(
            "SELECT count(*) FROM change_log WHERE table_name = 'person' AND action = 'insert' "
            "AND record_id IN (SELECT id FROM person WHERE notes LIKE 'stress %')").fetchone()[0]
        if logged != len(rows):
            fail("%d people but %d insertions in the history" % (len(rows), logged))
    finally:
        con.close()
    missing = set(committed) - set(rows)
    if missing:
        fail("committed but missing after the kill: %s" % sorted(missing)[:10])
    extra = set(rows) - set(committed)
    return extra


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    binary, work = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261128
    rng = random.Random(seed)
    os.makedirs(work, exist_ok=True)
    db = os.path.join(work, "killtest.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    committed = {}
    for r in range(rounds):
        stop_after = rng.randint(0, 40)
        delay = rng.uniform(0.0, 0.4)
        proc = subprocess.Popen([binary, "--database", db, "stress-write", "100000"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                bufsize=0)  # no read-ahead: communicate() gets the rest
        seen = 0
        started = time.monotonic()
        # Kill after `stop_after` commits, then a random fraction of a
        # commit later: the moment falls anywhere in a transaction.
        while seen < stop_after:
            line = proc.stdout.readline()
            if not line:
                break
            parts = line.decode().split()
            if parts and parts[0] == "committed":
                committed[int(parts[2])] = int(parts[1])
                seen += 1
        time.sleep(delay * 0.05 if stop_after else delay)
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        if proc.returncode not in (-signal.SIGKILL,):
            fail("round %d: the writer ended by itself (%s): %s" % (r, proc.returncode, err.decode()))
        for line in out.decode().splitlines():
            parts = line.split()
            if parts and parts[0] == "committed":
                committed[int(parts[2])] = int(parts[1])
        extra = check_file(db, committed)
        if len(extra) > 1:
            fail("round %d: records that were never reported committed: %s" % (r, sorted(extra)))
        # A commit that was done but not yet reported is committed too.
        for pid in extra:
            committed[pid] = -1
        print("round %d: %d committed records intact (killed after %d commits, %.0f ms)"
              % (r, len(committed), seen, (time.monotonic() - started) * 1000))
    # The app itself agrees that the file is sound.
    check = subprocess.run([binary, "--database", db, "check"], capture_output=True, env=env)
    if check.returncode != 0:
        fail("jlgc-desk check: %s %s" % (check.stdout.decode(), check.stderr.decode()))
    print("PASS: %d rounds, %d records" % (rounds, len(committed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

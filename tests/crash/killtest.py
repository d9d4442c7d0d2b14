#!/usr/bin/env python3
"""Kill -9 JLGC Desk at random moments while it writes, many times.

Usage: killtest.py JLGC_DESK_BINARY WORK_DIR [ROUNDS] [SEED] [IMPORT_ROUNDS] [IMPORT_PEOPLE]

Each round runs `jlgc-desk --database FILE stress-write N` (a hidden command
that commits numbered people, each with an affiliation, one transaction each,
and prints "committed SEQ ID" after each commit), kills it with SIGKILL after a
random number of commits or a random delay, then checks that the file passes
PRAGMA integrity_check and foreign_key_check, and holds exactly the committed
people (plus at most the one whose commit was under way), each with its
affiliation (a transaction is entirely in or entirely out). The rounds write
into the same file, so each one also starts from a file left by a kill.

Then IMPORT_ROUNDS rounds (default 8) of `jlgc-desk import people FILE` of a
CSV file of IMPORT_PEOPLE people (default 5,000), each into a fresh database,
killed at a random moment: mostly while the import writes (after it printed
what it is about to add), some while it reads and checks the file. Each file
must pass the checks and hold all the imported people or none of them ("an
import is either entirely in or entirely out"); one file left with none then
takes the whole import.
Deterministic: the seed fixes the moments (as fractions of a measured import).
"""
import os
import csv
import random
import shutil
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


def write_people_csv(path, count):
    # Excel-style UTF-8 with a byte-order mark; names outside the BMP too.
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Family name", "Given name", "Family name (kanji)", "Family name (kana)",
                    "Email", "Notes"])
        for i in range(count):
            w.writerow(["Killimport%05d" % i, "Ada", "𠮷田" if i % 2 else "髙橋",
                        "よしだ" if i % 2 else "たかはし", "import%05d@example.org" % i,
                        "import %d" % i])


def check_import(path, expected):
    """The file is sound and holds all `expected` people or none: returns how many."""
    con = sqlite3.connect(path)
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            fail("integrity_check after a killed import: %s" % result)
        fk = list(con.execute("PRAGMA foreign_key_check"))
        if fk:
            fail("foreign_key_check after a killed import: %s" % fk[:5])
        emails = set(r[0] for r in con.execute(
            "SELECT email FROM person WHERE notes LIKE 'import %'"))
        logged = con.execute(
            "SELECT count(*) FROM change_log WHERE table_name = 'person' AND action = 'insert' "
            "AND record_id IN (SELECT id FROM person WHERE notes LIKE 'import %')").fetchone()[0]
    finally:
        con.close()
    if emails and emails != expected:
        fail("half an import: %d of %d people" % (len(emails), len(expected)))
    if logged != len(emails):
        fail("%d imported people but %d insertions in the history" % (len(emails), logged))
    return len(emails)


def check_backups(folder):
    # The backup taken before the import may have been under way at the kill:
    # whatever carries a backup's name is a whole, sound database.
    if not os.path.isdir(folder):
        return
    for name in os.listdir(folder):
        if not name.endswith(".sqlite"):
            continue
        con = sqlite3.connect("file:%s?mode=ro" % os.path.join(folder, name), uri=True)
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as e:
            result = [str(e)]
        finally:
            con.close()
        if result != ["ok"]:
            fail("backup %s after a kill: %s" % (name, result))


def run_import(binary, db, csv_path, env):
    return subprocess.Popen([binary, "--database", db, "import", "people", csv_path],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, bufsize=0)


def fresh(template, db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    shutil.copyfile(template, db)
    backups = os.path.join(os.path.dirname(db), "backups")
    if os.path.isdir(backups):
        shutil.rmtree(backups)


def import_rounds(binary, work, rounds, people, rng, env):
    folder = os.path.join(work, "import")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    csv_path = os.path.join(folder, "people.csv")
    write_people_csv(csv_path, people)
    expected = set("import%05d@example.org" % i for i in range(people))
    template = os.path.join(folder, "template.sqlite")
    subprocess.run([binary, "--database", template, "info"], check=True,
                   capture_output=True, env=env)
    db = os.path.join(folder, "import.sqlite")

    # One whole import, timed: the kills fall at fractions of its phases.
    fresh(template, db)
    started = time.monotonic()
    proc = run_import(binary, db, csv_path, env)
    checked = None
    for line in iter(proc.stdout.readline, b""):
        if b" to add, " in line and checked is None:
            checked = time.monotonic() - started
    proc.wait()
    total = time.monotonic() - started
    if proc.returncode != 0 or checked is None:
        fail("the import did not run: %s" % proc.stderr.read().decode())
    if check_import(db, expected) != people:
        fail("the whole import did not hold every person")
    writing = max(total - checked, 0.05)
    print("import of %d people: %.1f s reading and checking, %.1f s writing"
          % (people, checked, writing))

    outcomes = {"in": 0, "out": 0}
    retried = False
    for r in range(rounds):
        fresh(template, db)
        while_writing = r % 4 != 3  # one round in four while it reads and checks
        fraction = rng.uniform(0.0, 1.1 if while_writing else 1.0)
        proc = run_import(binary, db, csv_path, env)
        started = time.monotonic()
        if while_writing:
            for line in iter(proc.stdout.readline, b""):
                if b" to add, " in line:
                    break
            time.sleep(fraction * writing)
        else:
            time.sleep(fraction * checked)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        if proc.returncode not in (-signal.SIGKILL, 0):
            fail("import round %d: the import failed (%s)" % (r, proc.returncode))
        held = check_import(db, expected)
        check_backups(os.path.join(folder, "backups"))
        outcomes["in" if held else "out"] += 1
        print("import round %d: killed %s at %.0f%% (%.0f ms): %s"
              % (r, "while writing" if while_writing else "while checking", fraction * 100,
                 (time.monotonic() - started) * 1000,
                 "all %d people in" % held if held else "none in"))
        if not held and not retried:
            # The file a kill left takes the whole import afterwards.
            retried = True
            again = subprocess.run([binary, "--database", db, "import", "people", csv_path],
                                   capture_output=True, env=env)
            if again.returncode != 0 or check_import(db, expected) != people:
                fail("the import after a killed one: %s" % again.stderr.decode())
    check = subprocess.run([binary, "--database", db, "check"], capture_output=True, env=env)
    if check.returncode != 0:
        fail("jlgc-desk check after the import rounds: %s" % check.stdout.decode())
    print("PASS: %d killed imports (%d entirely in, %d entirely out)"
          % (rounds, outcomes["in"], outcomes["out"]))


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    binary, work = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261128
    imports = int(sys.argv[5]) if len(sys.argv) > 5 else 8
    people = int(sys.argv[6]) if len(sys.argv) > 6 else 5000
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
    import_rounds(binary, work, imports, people, rng, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())

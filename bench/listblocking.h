#pragma once

// How each list of the main window behaves as a user works through it: the
// longest time the window's thread could not answer (the event loop was
// blocked) while the list is opened, filtered, sorted and scrolled to its
// end, and how long until its first screen of rows shows text. Works with
// models that answer at once (today) and with models that fill their rows
// later from a worker: it waits until the rows in sight have text.
#include <QByteArray>
#include <QString>
#include <functional>

namespace jlgc {

class MainWindow;

namespace bench {

// Milliseconds on one clock since the bench started.
double nowMs();
// VmRSS (or another line of /proc/self/status: RssAnon, RssFile) in MB.
double residentMb(const QByteArray& line = QByteArrayLiteral("VmRSS:"));

// Runs the event loop until done() holds (asked at every 1 ms tick), or for
// at most timeoutMs; returns whether it held.
bool waitFor(const std::function<bool()>& done, double timeoutMs);
// Runs the event loop for ms (events are handled as a user's pause allows).
void runFor(double ms);

struct ListSummary {
    double maxBlockMs = 0;           // over every list and every step
    double maxBusyMs = 0;            // the most CPU time of the window's thread in one gap
    double slowestFirstScreenMs = 0; // a list that never showed counts as its timeout
};

// Goes to every page of the navigation that holds a list (all but the
// dashboard), in order, and measures it; prints one line per list:
//   list NAME first_screen_ms X max_block_ms Y rows N ... (see the .cpp)
ListSummary measureEveryList(MainWindow& window);

// Checks the measures on a table of its own (jlgc_ui_bench selftest): a slot
// that sleeps, and a model that fills its rows later, as after issue 16.
int selfTest();

} // namespace bench
} // namespace jlgc

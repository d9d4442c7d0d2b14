#include "listblocking.h"

#include "common/page.h"
#include "common/recordlistmodel.h"
#include "common/recordpage.h"
#include "common/searchpicker.h"
#include "mainwindow.h"
#include "research/handoverpage.h"
#include "storage/handoverrepository.h"
#include "storage/staffrepository.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace jlgc::bench {

double residentMb(const QByteArray& line)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& l : f.readAll().split('\n'))
        if (l.startsWith(line))
            return l.mid(line.size()).trimmed().split(' ').front().toDouble() / 1024.0;
    return -1;
}

namespace {

// How long a screen of rows may take before the bench gives up on it.
constexpr double ScreenTimeoutMs = 60000;
// A list that ends up empty, or an action whose model announces no change,
// counts as shown once its model has been quiet this long. (A model that
// reads on a worker must announce something — a reset, rows, data — within
// this time to be waited for, and show no text in rows not read yet.)
constexpr double QuietMs = 1000;
// A typist's pause between keystrokes, and the moves of a dragged scroll bar.
constexpr double KeystrokeMs = 150;
constexpr double DragMoveMs = 16;
// The scroll bar is dragged to the end a screen at a time, in at most this
// many moves: longer lists are crossed in bigger jumps, as a drag does.
constexpr int MaxDragMoves = 200;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// How long the calling thread has waited, runnable, for a CPU the system
// gave to another thread (the second figure of /proc/thread-self/schedstat),
// in ms; -1 where the system does not say. The file is kept open per thread.
double threadRunQueueMs()
{
    thread_local const int fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char text[96];
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    if (n <= 0)
        return -1;
    text[n] = 0;
    unsigned long long running = 0, waiting = 0;
    if (std::sscanf(text, "%llu %llu", &running, &waiting) != 2)
        return -1;
    return double(waiting) / 1e6;
}

// How many page faults of the calling thread had to wait for a read from
// the disk so far (a library's or a font's page the system had dropped, a
// page of the database file): the usual reason for a block the thread
// spent neither running nor waiting for a CPU.
long threadMajorFaults()
{
    rusage usage{};
    return ::getrusage(RUSAGE_THREAD, &usage) == 0 ? usage.ru_majflt : 0;
}

// How long the event loop of the window's thread is blocked: a QTimer on
// that thread fires every millisecond (Qt::PreciseTimer) and notes the time;
// the gap between two firings is how long the thread did not get back to
// its event loop — one slow slot (a query, a sort, a model reset), or a
// chain of posted events (layout, paint) handled without returning — which
// is exactly how long a click or keystroke arriving then would have waited.
// The longest gap in a step is its "block"; an idle loop shows gaps of 1 ms.
//
// Why not the other measures: QAbstractEventDispatcher's awake/aboutToBlock
// pairs time how long the loop went without sleeping, which counts a busy
// but responsive loop (many short events, the ticks themselves) as blocked
// and cannot tell one 200 ms slot from forty 5 ms ones; timing each event in
// QApplication::notify misses work done between events and counts nested
// events twice. The gap is the latency a user feels.
//
// The machine's other processes can also delay a tick (the thread is not
// running): the thread's CPU time over the longest gap says which it was —
// close to the gap, the thread was working; much less, it was waiting (for
// the CPU, the disk or a lock).
// JLGC_BENCH_WHY: what the window's thread was doing in a step's longest
// gap, when it is longer than a frame. Every event handled on the thread
// (nested ones too: the paint of each widget inside a repaint) is noted as
// it starts; the time to the next note is its own share of the gap. The
// longest shares are printed to stderr, with the receiver's class and name.
// The notes are kept for the whole run (some 6 MB at 1,000,000 people): the
// memory figures of a run with JLGC_BENCH_WHY are not the program's own.
class EventNotes : public QObject {
public:
    struct Note {
        double at;
        double cpu; // the thread's CPU time when the event started
        int type;
        const char* className;
        QString objectName;
    };
    static EventNotes* instance()
    {
        static EventNotes* notes = [] {
            if (!qEnvironmentVariableIsSet("JLGC_BENCH_WHY"))
                return static_cast<EventNotes*>(nullptr);
            auto* n = new EventNotes;
            qApp->installEventFilter(n);
            std::fprintf(stderr, "JLGC_BENCH_WHY is set: the rss figures include the notes "
                                 "of every event (run without it to measure memory)\n");
            return n;
        }();
        return notes;
    }
    // The longest shares of [from, to], most first: in wall-clock time, or
    // in the thread's CPU time (toCpu: the thread's CPU time at `to`).
    void print(const char* what, const char* step, double from, double to, double gapMs,
               double toCpu = -1) const
    {
        QList<QPair<double, QByteArray>> shares;
        for (qsizetype i = 0; i < m_notes.size(); ++i) {
            const Note& n = m_notes[i];
            if (n.at < from || n.at > to)
                continue;
            const bool last = i + 1 >= m_notes.size() || m_notes[i + 1].at > to;
            const double share = toCpu >= 0 ? (last ? toCpu : m_notes[i + 1].cpu) - n.cpu
                                            : (last ? to : m_notes[i + 1].at) - n.at;
            shares.append({share, QByteArray::number(n.type) + ' ' + n.className + ' ' +
                                      n.objectName.toUtf8()});
        }
        std::sort(shares.begin(), shares.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        fprintf(stderr, "why %s %s %.2f ms:", step, what, gapMs);
        for (qsizetype i = 0; i < std::min<qsizetype>(6, shares.size()); ++i)
            fprintf(stderr, " [%.2f ms event %s]", shares[i].first, shares[i].second.constData());
        fprintf(stderr, "\n");
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (QThread::currentThread() == thread()) {
            if (m_notes.size() > 200000)
                m_notes.remove(0, 100000);
            // An object without a name: its parent's class says whose it is.
            const QObject* parent = watched->parent();
            m_notes.append(
                {nowMs(), threadCpuMs(), int(event->type()), watched->metaObject()->className(),
                 !watched->objectName().isEmpty() || !parent
                     ? watched->objectName()
                     : QStringLiteral("of ") + QLatin1String(parent->metaObject()->className())});
        }
        return false;
    }

private:
    QList<Note> m_notes;
};

class Heartbeat {
public:
    Heartbeat()
    {
        EventNotes::instance();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_last = Reading::now();
        m_timer.start();
    }
    // A new step: its longest gap counts from now (not from the last tick:
    // the bench's own work between steps is not the window's).
    void beginStep()
    {
        m_maxGap = {};
        m_maxBusy = 0;
        m_last = Reading::now();
    }
    double maxGapMs() const { return m_maxGap.at; }
    double maxGapCpuMs() const { return m_maxGap.cpu; }
    // How much of the longest gap the thread was ready to run but the
    // system ran others: gap - CPU - this is what it slept (a lock, a disk).
    double maxGapRunQueueMs() const { return m_maxGap.wait; }
    // How many of the thread's page faults in the longest gap read the disk.
    long maxGapMajorFaults() const { return m_maxGap.faults; }
    // The most CPU time the window's thread spent in one gap: its own work,
    // without the time the system did not run it (a gap of 20 ms with 2 ms
    // of CPU is the machine, not the program).
    double maxBusyMs() const { return m_maxBusy; }
    // JLGC_BENCH_WHY: what the longest gap of the step was spent on, when
    // it is longer than a frame (or than JLGC_BENCH_WHY ms, if more than 1),
    // and what the thread's busiest stretch was spent on, in CPU time.
    void explain(const char* step) const
    {
        const int given = qEnvironmentVariableIntValue("JLGC_BENCH_WHY");
        const double above = given > 1 ? given : 16;
        const EventNotes* notes = EventNotes::instance();
        if (!notes)
            return;
        if (m_maxGap.at > above)
            notes->print("gap", step, m_maxFrom, m_maxFrom + m_maxGap.at, m_maxGap.at);
        // The thread's own work, apart from the time the system gave to others.
        if (m_maxBusy > above)
            notes->print("busiest (CPU)", step, m_busyFrom, m_busyTo, m_maxBusy, m_busyToCpu);
    }

private:
    // The window's thread at one tick: the time, its CPU time, its wait
    // for a CPU (ms) and its page faults that read the disk; between two
    // ticks, how much of each the gap took.
    struct Reading {
        double at = 0;
        double cpu = 0;
        double wait = 0;
        long faults = 0;
        static Reading now()
        {
            return {nowMs(), threadCpuMs(), threadRunQueueMs(), threadMajorFaults()};
        }
        Reading since(const Reading& earlier) const
        {
            return {at - earlier.at, cpu - earlier.cpu, wait - earlier.wait,
                    faults - earlier.faults};
        }
    };

    void tick()
    {
        const Reading now = Reading::now();
        const Reading gap = now.since(m_last);
        if (gap.at > m_maxGap.at) {
            m_maxGap = gap;
            m_maxFrom = m_last.at;
        }
        if (gap.cpu > m_maxBusy) {
            m_maxBusy = gap.cpu;
            m_busyFrom = m_last.at;
            m_busyTo = now.at;
            m_busyToCpu = now.cpu;
        }
        m_last = now;
    }

    QTimer m_timer;
    Reading m_last;
    Reading m_maxGap; // the longest gap of the step
    double m_maxFrom = 0;
    double m_maxBusy = 0;
    double m_busyFrom = 0;
    double m_busyTo = 0;
    double m_busyToCpu = 0;
};

// Whether a list shows a screen of rows after an action taken at `since`:
// a paint of its viewport after the action (after the model announced the
// change, for an action that changes the rows), at which every row in sight
// has text in some column. Rows are read from the model when the paint is
// over, as the paint read them: a model that fills rows later must give no
// text (or "…") for a row it has not read yet.
class ScreenWatch : public QObject {
public:
    enum class Outcome { Rows, Empty, Unchanged };

    ScreenWatch() { qApp->installEventFilter(this); }
    ~ScreenWatch() override { qApp->removeEventFilter(this); }

    // requireChange: the action changes the rows (a filter, a sort), so the
    // screen counts only after the model said so.
    void start(QAbstractItemView* view, double since, bool requireChange)
    {
        m_view = view;
        m_since = since;
        m_requireChange = requireChange;
        m_firstChange = -1;
        m_lastChange = since;
        m_paintSeen = since;
        m_paintDone = -1;
        m_textOk = false;
        wire(view ? view->model() : nullptr);
    }

    // Asked at every tick.
    bool ready()
    {
        if (!m_view)
            return false;
        const double now = nowMs();
        if (m_view->model() != m_model) {
            wire(m_view->model());
            changed();
        }
        const double painted = m_painted.value(m_view->viewport(), -1);
        if (painted > m_paintSeen) {
            // A paint began since the last tick and is over now.
            m_paintSeen = painted;
            m_paintDone = now;
            m_textOk = textInSight();
        }
        if (!m_view->isVisible())
            return false;
        if (m_requireChange && m_firstChange < 0) {
            if (now - m_since < QuietMs)
                return false;
            m_outcome = Outcome::Unchanged;
            m_readyAt = m_since;
            return true;
        }
        const double after = m_requireChange ? m_firstChange : m_since;
        if (m_paintDone >= after && m_textOk) {
            m_outcome = Outcome::Rows;
            m_readyAt = m_paintDone;
            return true;
        }
        if (m_model && m_model->rowCount(m_view->rootIndex()) == 0 &&
            now - m_lastChange >= QuietMs) {
            m_outcome = Outcome::Empty;
            m_readyAt = std::max(m_lastChange, m_paintDone);
            return true;
        }
        return false;
    }
    double readyAt() const { return m_readyAt; }
    Outcome outcome() const { return m_outcome; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted.insert(watched, nowMs());
        return false;
    }

private:
    void changed()
    {
        const double now = nowMs();
        if (m_firstChange < 0)
            m_firstChange = now;
        m_lastChange = now;
    }
    void wire(QAbstractItemModel* model)
    {
        for (const QMetaObject::Connection& c : std::as_const(m_connections))
            QObject::disconnect(c);
        m_connections.clear();
        m_model = model;
        if (!model)
            return;
        const auto note = [this] { changed(); };
        m_connections << connect(model, &QAbstractItemModel::modelReset, this, note)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, note)
                      << connect(model, &QAbstractItemModel::rowsInserted, this, note)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, note)
                      << connect(model, &QAbstractItemModel::dataChanged, this, note);
    }

    // Every row in sight (at least one) has text in some column.
    bool textInSight() const
    {
        const QAbstractItemModel* m = m_view->model();
        if (!m)
            return false;
        const QRect area = m_view->viewport()->rect();
        int rows = 0;
        for (int y = 1; y < area.height() && rows < 500;) {
            QModelIndex idx;
            for (int x : {area.width() / 2, 4, area.width() / 4, area.width() - 4}) {
                idx = m_view->indexAt(QPoint(x, y));
                if (idx.isValid())
                    break;
            }
            if (!idx.isValid())
                break; // below the last row
            bool text = false;
            for (int c = 0; c < m->columnCount(idx.parent()) && !text; ++c) {
                const QString s = idx.siblingAtColumn(c).data(Qt::DisplayRole).toString().trimmed();
                text = !s.isEmpty() && s != QStringLiteral("…") && s != QStringLiteral("...");
            }
            if (!text)
                return false;
            ++rows;
            const QRect r = m_view->visualRect(idx);
            y = std::max(y + 1, r.y() + r.height() + 1);
        }
        return rows > 0;
    }

    QPointer<QAbstractItemView> m_view;
    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QHash<const QObject*, double> m_painted; // when each widget last began a paint
    double m_since = 0;
    bool m_requireChange = false;
    double m_firstChange = -1;
    double m_lastChange = 0;
    double m_paintSeen = 0;
    double m_paintDone = -1;
    bool m_textOk = false;
    double m_readyAt = -1;
    Outcome m_outcome = Outcome::Rows;
};

void post(std::function<void()> fn)
{
    QTimer::singleShot(0, qApp, std::move(fn));
}

// The list a page shows: a record page's table; otherwise the largest item
// view in sight (the all-fellows table beside its counts, the local
// governments of the tab shown).
QAbstractItemView* listOf(Page* page)
{
    if (auto* records = qobject_cast<RecordPage*>(page))
        return records->table();
    QAbstractItemView* best = nullptr;
    qint64 bestArea = 0;
    for (QAbstractItemView* v : page->findChildren<QAbstractItemView*>()) {
        if (!v->isVisible())
            continue;
        const qint64 area = qint64(v->viewport()->width()) * v->viewport()->height();
        if (area > bestArea) {
            best = v;
            bestArea = area;
        }
    }
    return best;
}

// The text filter of a page's list: a record page's; otherwise the line
// edit named "filter", or the first one in sight with a clear button that
// is not part of a spin box, combo box or record picker.
QLineEdit* filterOf(Page* page)
{
    if (auto* records = qobject_cast<RecordPage*>(page))
        return records->filterEdit();
    if (auto* named = page->findChild<QLineEdit*>(QStringLiteral("filter"));
        named && named->isVisible())
        return named;
    for (QLineEdit* e : page->findChildren<QLineEdit*>()) {
        if (!e->isVisible() || !e->isClearButtonEnabled())
            continue;
        bool partOfControl = false;
        for (QObject* p = e->parent(); p && p != page; p = p->parent())
            partOfControl = partOfControl || qobject_cast<QAbstractSpinBox*>(p) ||
                            qobject_cast<QComboBox*>(p) || qobject_cast<SearchPicker*>(p);
        if (!partOfControl)
            return e;
    }
    return nullptr;
}

// What a user would type to narrow the list: the first three letters of the
// longest word (beginning with a letter: a name rather than a year or code)
// in the first column of the first row that has one (a row on the screen
// just shown, so a model that reads later has it too); "tan" when none.
QString typedText(QAbstractItemView* view)
{
    const QAbstractItemModel* m = view->model();
    if (!m || m->rowCount(view->rootIndex()) == 0)
        return QStringLiteral("tan");
    for (int c = 0; c < m->columnCount(view->rootIndex()); ++c) {
        const QString s = m->index(0, c, view->rootIndex()).data().toString().trimmed();
        if (s.isEmpty())
            continue;
        QString longest;
        QString word;
        for (const QChar ch : s + QLatin1Char(' ')) {
            if (ch.isLetterOrNumber()) {
                word += ch;
                continue;
            }
            if (word.size() > longest.size() && word.front().isLetter())
                longest = word;
            word.clear();
        }
        if (longest.size() >= 2)
            return longest.left(3);
    }
    return QStringLiteral("tan");
}

void typeKey(QLineEdit* edit, QChar ch)
{
    int key = Qt::Key_unknown;
    if (ch.isLetter() && ch.toUpper().unicode() >= 'A' && ch.toUpper().unicode() <= 'Z')
        key = Qt::Key_A + (ch.toUpper().unicode() - 'A');
    else if (ch.isDigit() && ch.unicode() < 128)
        key = Qt::Key_0 + (ch.unicode() - '0');
    QCoreApplication::postEvent(edit,
                                new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, QString(ch)));
    QCoreApplication::postEvent(
        edit, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch)));
}

// The header a view sorts by, when it sorts on a click.
QHeaderView* sortHeader(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view); table && table->isSortingEnabled())
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view); tree && tree->isSortingEnabled())
        return tree->header();
    return nullptr;
}

// people, organizations, all_fellows, … from PeoplePage, AllFellowsPage.
QString listName(const Page* page)
{
    QString name = QString::fromLatin1(page->metaObject()->className());
    name = name.mid(name.lastIndexOf(QLatin1Char(':')) + 1);
    if (name.endsWith(QLatin1String("Page")))
        name.chop(4);
    return name
        .replace(QRegularExpression(QStringLiteral("([a-z0-9])([A-Z])")), QStringLiteral("\\1_\\2"))
        .toLower();
}

// One step (open, filter, sort, scroll) of one list.
struct Step {
    explicit Step(const char* stepName) : name(stepName) {}
    const char* name;
    bool ran = false;
    double blockMs = 0;
    double blockCpuMs = 0;
    double blockRunQueueMs = 0;
    long blockMajorFaults = 0;
    double busyMs = 0;              // the most CPU time in one gap
    std::optional<double> screenMs; // empty: timed out
};

QByteArray fmt(double v)
{
    return QByteArray::number(v, 'f', 2);
}

class ListBench {
public:
    explicit ListBench(MainWindow& window) : m_window(window) {}

    std::optional<ListSummary> measure(int row, ListSummary summary);

private:
    // Waits for the screen of `view` after an action at `since`, and ends
    // the step (its longest block).
    void finish(Step& step, QAbstractItemView* view, double since, bool requireChange,
                bool alreadyStarted = false)
    {
        if (!alreadyStarted)
            m_watch.start(view, since, requireChange);
        if (waitFor([this] { return m_watch.ready(); }, ScreenTimeoutMs))
            step.screenMs = m_watch.readyAt() - since;
        endStep(step);
    }
    void endStep(Step& step)
    {
        m_heartbeat.explain(step.name);
        step.ran = true;
        step.blockMs = std::max(step.blockMs, m_heartbeat.maxGapMs());
        if (step.blockMs == m_heartbeat.maxGapMs()) {
            step.blockCpuMs = m_heartbeat.maxGapCpuMs();
            step.blockRunQueueMs = m_heartbeat.maxGapRunQueueMs();
            step.blockMajorFaults = m_heartbeat.maxGapMajorFaults();
        }
        step.busyMs = std::max(step.busyMs, m_heartbeat.maxBusyMs());
    }

    StaffMemberId busiestOfficial() const
    {
        Database* db = m_window.database();
        if (!db)
            return 0;
        StaffMemberId best = 0;
        qsizetype most = 0;
        const QDate today = QDate::currentDate();
        for (const StaffMember& s : StaffRepository(*db).list())
            if (const std::optional<Handover> h = HandoverRepository(*db).handover(s.id, today)) {
                const qsizetype lines = h->topics.size() + h->logEntries.size() +
                                        h->requests.size() + h->delegations.size();
                if (lines > most) {
                    most = lines;
                    best = s.id;
                }
            }
        return best;
    }

    MainWindow& m_window;
    Heartbeat m_heartbeat;
    ScreenWatch m_watch;
};

std::optional<ListSummary> ListBench::measure(int row, ListSummary summary)
{
    // Open: the page is made and shown by a click in the navigation, as at
    // the user's first visit.
    Step open{"open"};
    Page* page = nullptr;
    QAbstractItemView* view = nullptr;
    double since = nowMs();
    m_heartbeat.beginStep();
    post([&] {
        m_window.navigation()->setCurrentRow(row);
        page = m_window.currentPage();
    });
    HandoverPage* handover = nullptr;
    // The dashboard (the first page, shown at start) is not a list.
    const auto isDashboard = [](const Page* p) {
        return QByteArray(p->metaObject()->className()).endsWith("DashboardPage");
    };
    const bool opened = waitFor(
        [&] {
            if (!page)
                return false;
            if (isDashboard(page))
                return true;
            if (!view) {
                handover = qobject_cast<HandoverPage*>(page);
                // The handover page opens on the officials awaiting one.
                view = handover ? handover->awaitingList() : listOf(page);
                if (!view)
                    return true; // a page without a list
                m_watch.start(view, since, false);
            }
            return m_watch.ready();
        },
        ScreenTimeoutMs);
    if (page && (isDashboard(page) || !view))
        return std::nullopt;
    if (opened)
        open.screenMs = m_watch.readyAt() - since;
    endStep(open);
    if (!page || !view) {
        fprintf(stderr, "list row %d: no page or list shown\n", row);
        return summary;
    }
    const QString name = listName(page);

    // The handover's list is the work of an official: the user clicks the
    // first one awaiting a handover, or (none awaiting) picks one: the
    // official with the most work, so that the list is as long as it gets.
    Step choose{"choose"};
    if (handover) {
        QListWidget* awaiting = handover->awaitingList();
        const StaffMemberId official = awaiting->count() > 0 ? 0 : busiestOfficial();
        if (awaiting->count() > 0 || official > 0) {
            m_heartbeat.beginStep();
            since = nowMs();
            m_watch.start(handover->tree(), since, true);
            if (official > 0)
                post([handover, official] { handover->showOfficial(official); });
            else
                post([awaiting] { emit awaiting->itemClicked(awaiting->item(0)); });
            finish(choose, handover->tree(), since, true, true);
            view = handover->tree();
        }
    }
    // A long list's table holds a window of it: the list's own length.
    const auto* described = qobject_cast<const RecordListModel*>(view->model());
    const int rows = described       ? described->totalCount()
                     : view->model() ? view->model()->rowCount(view->rootIndex())
                                     : 0;

    // Filter: a few keystrokes, one at a time, then cleared.
    Step filter{"filter"};
    QString typed;
    if (QLineEdit* edit = filterOf(page)) {
        typed = typedText(view);
        m_heartbeat.beginStep();
        edit->setFocus();
        for (qsizetype i = 0; i < typed.size(); ++i) {
            since = nowMs();
            if (i + 1 == typed.size())
                m_watch.start(view, since, true);
            post([edit, ch = typed[i]] { typeKey(edit, ch); });
            if (i + 1 < typed.size())
                runFor(KeystrokeMs);
        }
        finish(filter, view, since, true, true);
        const std::optional<double> typedScreen = filter.screenMs;
        since = nowMs();
        m_watch.start(view, since, true);
        post([edit] { edit->clear(); });
        finish(filter, view, since, true, true);
        filter.screenMs = typedScreen; // the screen after the last keystroke
    }

    // Sort by another column (a click on its heading).
    Step sort{"sort"};
    if (QHeaderView* header = sortHeader(view)) {
        const int current = header->sortIndicatorSection();
        int column = -1;
        for (int visual = 0; visual < header->count() && column < 0; ++visual) {
            const int logical = header->logicalIndex(visual);
            if (logical != current && !header->isSectionHidden(logical))
                column = logical;
        }
        if (column >= 0) {
            m_heartbeat.beginStep();
            since = nowMs();
            m_watch.start(view, since, true);
            post([header, column] { header->setSortIndicator(column, Qt::AscendingOrder); });
            finish(sort, view, since, true, true);
        }
    }

    // Scroll to the end, a screen at a time as a dragged scroll bar moves.
    Step scroll{"scroll"};
    int moves = 0;
    // A record page's own bar for a list longer than its model's window.
    auto* records = qobject_cast<RecordPage*>(page);
    QScrollBar* bar = records ? records->listScrollBar() : view->verticalScrollBar();
    if (bar->maximum() > bar->minimum()) {
        m_heartbeat.beginStep();
        bool atEnd = false;
        while (!atEnd && bar->value() < bar->maximum() && moves < 2 * MaxDragMoves) {
            const int stride =
                std::max(bar->pageStep(), int(std::ceil(double(bar->maximum()) / MaxDragMoves)));
            const int next = std::min(bar->maximum(), bar->value() + stride);
            since = nowMs();
            atEnd = next == bar->maximum();
            if (atEnd)
                m_watch.start(view, since, false);
            post([bar, next] { bar->setValue(next); });
            ++moves;
            if (!atEnd)
                runFor(DragMoveMs);
        }
        if (atEnd)
            finish(scroll, view, since, false, true);
        else
            endStep(scroll); // the end was never reached: "timeout"
    }

    // The line: its first screen and its longest block over every step,
    // then each step's figures.
    double maxBlock = 0;
    double maxBlockCpu = 0;
    double maxBlockRunQueue = 0;
    long maxBlockFaults = 0;
    double maxBusy = 0;
    for (const Step* s : {&open, &choose, &filter, &sort, &scroll})
        if (s->ran) {
            if (s->blockMs > maxBlock) {
                maxBlock = s->blockMs;
                maxBlockCpu = s->blockCpuMs;
                maxBlockRunQueue = s->blockRunQueueMs;
                maxBlockFaults = s->blockMajorFaults;
            }
            maxBusy = std::max(maxBusy, s->busyMs);
        }
    const auto screen = [](const Step& s) -> QByteArray {
        return !s.ran ? QByteArray("-") : s.screenMs ? fmt(*s.screenMs) : QByteArray("timeout");
    };
    const auto block = [](const Step& s) { return s.ran ? fmt(s.blockMs) : QByteArray("-"); };
    QByteArray line = "list " + name.toUtf8() + " first_screen_ms " + screen(open) +
                      " max_block_ms " + fmt(maxBlock) + " rows " + QByteArray::number(rows) +
                      " open_block_ms " + block(open);
    if (handover)
        line += " choose_block_ms " + block(choose) + " choose_screen_ms " + screen(choose);
    line += " filter_block_ms " + block(filter) + " filter_screen_ms " + screen(filter) +
            " typed " + (typed.isEmpty() ? QByteArray("-") : typed.toUtf8()) + " sort_block_ms " +
            block(sort) + " sort_screen_ms " + screen(sort) + " scroll_block_ms " + block(scroll) +
            " scroll_moves " + QByteArray::number(moves) + " end_screen_ms " + screen(scroll) +
            " max_block_cpu_ms " + fmt(maxBlockCpu) + " max_block_runqueue_ms " +
            fmt(maxBlockRunQueue) + " max_block_disk_faults " +
            QByteArray::number(qlonglong(maxBlockFaults)) + " max_busy_ms " + fmt(maxBusy) +
            " rss_mb " + QByteArray::number(residentMb(), 'f', 1) + " anon_mb " +
            QByteArray::number(residentMb("RssAnon:"), 'f', 1);
    printf("%s\n", line.constData());
    fflush(stdout);

    summary.maxBlockMs = std::max(summary.maxBlockMs, maxBlock);
    summary.maxBusyMs = std::max(summary.maxBusyMs, maxBusy);
    summary.slowestFirstScreenMs =
        std::max(summary.slowestFirstScreenMs, open.screenMs.value_or(ScreenTimeoutMs));
    return summary;
}

// A model that reads on a worker, as issue 16 will have them: its count
// arrives after countMs, the text of each block of rows after rowsMs more
// (a row not read yet shows no text), all without blocking the thread.
class LateModel : public QAbstractTableModel {
public:
    LateModel(double countMs, double rowsMs) : m_rowsMs(rowsMs)
    {
        QTimer::singleShot(int(countMs), this, [this] {
            beginResetModel();
            m_count = 1000;
            endResetModel();
        });
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_count;
    }
    int columnCount(const QModelIndex& = {}) const override { return 3; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        const int block = index.row() / 100;
        if (m_read.contains(block))
            return QStringLiteral("row %1 col %2").arg(index.row()).arg(index.column());
        if (!m_asked.contains(block)) {
            m_asked.insert(block);
            auto* self = const_cast<LateModel*>(this);
            QTimer::singleShot(int(m_rowsMs), self, [self, block] {
                self->m_read.insert(block);
                emit self->dataChanged(
                    self->index(block * 100, 0),
                    self->index(std::min(self->m_count, block * 100 + 100) - 1, 2));
            });
        }
        return {};
    }

private:
    double m_rowsMs;
    int m_count = 0;
    mutable QSet<int> m_asked;
    mutable QSet<int> m_read;
};

} // namespace

int selfTest()
{
    // The bench measures what it should: a window thread that sleeps 200 ms
    // in a slot is blocked about 200 ms, a model that fills its rows 100 +
    // 300 ms later shows its first screen then, without blocking.
    QTableView view;
    view.resize(600, 400);
    view.show();
    runFor(200);
    Heartbeat heartbeat;
    ScreenWatch watch;

    heartbeat.beginStep();
    double since = nowMs();
    post([] { QThread::msleep(200); });
    runFor(300);
    printf("selftest sleep_200ms max_block_ms %.2f\n", heartbeat.maxGapMs());

    LateModel late(100, 300);
    heartbeat.beginStep();
    since = nowMs();
    watch.start(&view, since, false);
    post([&] { view.setModel(&late); });
    const bool shown = waitFor([&] { return watch.ready(); }, 5000);
    printf("selftest late_rows_400ms first_screen_ms %.2f max_block_ms %.2f\n",
           shown ? watch.readyAt() - since : -1.0, heartbeat.maxGapMs());

    // Scrolled to rows not read yet: shown when they are.
    heartbeat.beginStep();
    since = nowMs();
    watch.start(&view, since, false);
    post([&] { view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum()); });
    const bool end = waitFor([&] { return watch.ready(); }, 5000);
    printf("selftest late_end_300ms end_screen_ms %.2f max_block_ms %.2f\n",
           end ? watch.readyAt() - since : -1.0, heartbeat.maxGapMs());
    view.setModel(nullptr);
    return 0;
}

double nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return double(clock.nsecsElapsed()) / 1e6;
}

bool waitFor(const std::function<bool()>& done, double timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(1);
    bool held = false;
    const double end = nowMs() + timeoutMs;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            held = true;
            check.stop();
            loop.quit();
        } else if (nowMs() >= end) {
            check.stop();
            loop.quit();
        }
    });
    check.start();
    loop.exec();
    return held;
}

void runFor(double ms)
{
    const double end = nowMs() + ms;
    waitFor([end] { return nowMs() >= end; }, ms + 1000);
}

ListSummary measureEveryList(MainWindow& window)
{
    ListBench bench(window);
    ListSummary summary;
    for (int row = 0; row < window.navigation()->count(); ++row)
        if (const std::optional<ListSummary> s = bench.measure(row, summary))
            summary = *s;
    return summary;
}

} // namespace jlgc::bench

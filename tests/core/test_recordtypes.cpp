// Each kind described once: the SQL, the CSV columns, the labels and the
// lists made from the description.
#include "domain/officeevent.h"
#include "io/csvformat.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/officeeventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/recordkinds.h"
#include "storage/records/listquery.h"
#include "storage/records/listreader.h"
#include "storage/records/recordtype.h"
#include "storage/schemainfo.h"
#include "storage/searchstore.h"
#include "support/testsupport.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

OfficeEvent event(const QString& en, const QString& ja, const QDate& date)
{
    OfficeEvent e;
    e.titleEn = en;
    e.titleJa = ja;
    e.date = date;
    e.kind = EventKind::Seminar;
    return e;
}

void addEvents(Database& db)
{
    OfficeEventRepository repo(db);
    repo.add(
        event(QStringLiteral("Japan Day"), QStringLiteral("ジャパンデー"), QDate(2025, 5, 18)));
    OfficeEvent fair = event(QStringLiteral("Travel show"), {}, QDate(2025, 1, 24));
    fair.kind = EventKind::Fair;
    fair.attendance = 12000;
    repo.add(fair);
    repo.add(event({}, QStringLiteral("髙橋セミナー"), QDate(2026, 2, 3)));
}

// A file with the three events of addEvents().
struct EventsFile {
    EventsFile() { addEvents(db); }
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("office.sqlite"));
    Database db{path};
};

ListQuery eventsQuery()
{
    ListQuery q;
    q.kind = QStringLiteral("events");
    return q;
}

} // namespace

TEST_CASE("Every kind's name and table are unique, and every field is described", "[records]")
{
    QSet<QString> names;
    QSet<QString> tables;
    for (const RecordType* t : RecordTypes::all()) {
        INFO(t->name.toStdString());
        CHECK_FALSE(names.contains(t->name));
        CHECK_FALSE(tables.contains(t->table));
        names.insert(t->name);
        tables.insert(t->table);
        CHECK(t->label);
        CHECK(t->singular);
        CHECK_FALSE(t->fields.isEmpty());
        for (const FieldSpec& f : t->fields) {
            INFO(f.column.toStdString());
            CHECK(f.label);
            CHECK((f.csvHeader == nullptr) == (f.csvHeaderJa == nullptr));
        }
        CHECK(RecordTypes::find(t->name) == t);
        CHECK(RecordTypes::forTable(t->table) == t);
    }
}

TEST_CASE("The descriptions and the schema agree", "[records][schema][server]")
{
    auto db = test::memoryDatabase();
    for (const RecordType* t : RecordTypes::all()) {
        INFO(t->table.toStdString());
        const QStringList columns = SchemaInfo::columns(*db, t->table);
        REQUIRE_FALSE(columns.isEmpty());
        for (const FieldSpec& f : t->fields)
            CHECK(columns.contains(f.column));
        for (const OwnedTable& o : t->owned) {
            CHECK(db->hasTable(o.table));
        }
        // Every column a user edits is described (only bookkeeping is not).
        for (const QString& c : columns) {
            if (c == QLatin1String("id") || c == QLatin1String("row_version") ||
                c == QLatin1String("created_at") || c == QLatin1String("updated_at"))
                continue;
            INFO(c.toStdString());
            CHECK(t->field(c) != nullptr);
        }
        // The list's SQL runs.
        ListQuery lq;
        lq.kind = t->name;
        CHECK_NOTHROW(ListStore(*db).page(lq, 0, 10));
    }
}

TEST_CASE("Every table with history is a described kind's — every other table of records is "
          "owned by one",
          "[records][schema][server]")
{
    auto db = test::memoryDatabase();
    const QStringList withHistory = SchemaInfo::recordTables(*db);
    REQUIRE(withHistory.size() > 10);
    for (const QString& table : withHistory) {
        INFO(table.toStdString());
        CHECK(RecordTypes::forTable(table) != nullptr);
    }
    // The application's own bookkeeping, and reference data (counted, not edited).
    const QStringList bookkeeping = {
        QStringLiteral("change_log"), QStringLiteral("trash_entry"), QStringLiteral("trash_row"),
        QStringLiteral("search_item"), QStringLiteral("search_dirty"),
        QStringLiteral("record_count"), QStringLiteral("session_actor"),
        QStringLiteral("search_token"), QStringLiteral("search_fts"), QStringLiteral("jlgc_meta"),
        // A server's own: who took personal data out, who edits what now.
        QStringLiteral("access_log"), QStringLiteral("editing_mark")};
    int owned = 0;
    for (const QString& table : SchemaInfo::tables(*db)) {
        INFO(table.toStdString());
        if (bookkeeping.contains(table) || RecordTypes::forTable(table))
            continue;
        const RecordType* owner = nullptr;
        if (const OwnedTable* o = RecordTypes::ownedTable(table, &owner)) {
            ++owned;
            CHECK(o->label);
            // Its column names the owner, and the owner's deletion takes it along.
            int references = 0;
            for (const SchemaInfo::ForeignKey& fk : SchemaInfo::cascadingParents(*db, table))
                references += fk.column == o->column && fk.parentTable == owner->table;
            CHECK(references == 1);
            continue;
        }
        bool reference = false;
        for (const RecordKind& k : RecordKinds::all())
            reference = reference || k.table == table;
        CHECK(reference); // else a table no kind describes, owns or counts
    }
    CHECK(owned > 10);
    // A kind that belongs to another names it by a column of its own.
    for (const RecordType* t : RecordTypes::all()) {
        if (t->ownerKind.isEmpty())
            continue;
        INFO(t->name.toStdString());
        const RecordType* owner = RecordTypes::find(t->ownerKind);
        REQUIRE(owner);
        CHECK(t->field(t->ownerColumn) != nullptr);
        CHECK(RecordTypes::ownerOf(t->table).type == owner);
    }
}

TEST_CASE("Counts and labels are the descriptions' under one name per kind", "[records]")
{
    QSet<QString> keys;
    for (const RecordKind& k : RecordKinds::all()) {
        INFO(k.key.toStdString());
        CHECK_FALSE(keys.contains(k.key));
        keys.insert(k.key);
        CHECK(k.label);
        CHECK(RecordKinds::label(k.key) != k.key);
    }
    for (const RecordType* t : RecordTypes::all()) {
        CHECK(keys.contains(t->name));
        CHECK(RecordKinds::labelForTable(t->table) == t->translatedLabel());
        CHECK(RecordTypes::nameOfTable(t->table) == t->name);
    }
    CHECK(RecordTypes::nameOfTable(QStringLiteral("fellow_status_change")) ==
          QStringLiteral("fellow_status_changes"));
    CHECK(RecordTypes::ownerOf(QStringLiteral("delegation_member")).type ==
          RecordTypes::find(QStringLiteral("delegations")));
}

TEST_CASE("Global search indexes the kinds whose description says how, in the window's order",
          "[records][search][server]")
{
    auto db = test::memoryDatabase();
    QStringList described;
    for (const RecordType* t : RecordTypes::all()) {
        if (t->searchSelect.isEmpty())
            continue;
        INFO(t->name.toStdString());
        described << t->indexKind();
        // The record's titles, subtitles and at least one text to find it by.
        Query q(*db, t->searchSelect);
        q.bind(QStringLiteral(":id"), 1).exec();
        CHECK(q.columnCount() >= 5);
    }
    QStringList sources;
    for (const SearchSource& s : SearchStore::sources())
        sources << s.kind;
    CHECK(sources.mid(0, described.size()) == described);
    CHECK(sources.mid(described.size()) ==
          QStringList{QStringLiteral("prefecture"), QStringLiteral("municipality")});
    CHECK(described.mid(0, 2) ==
          QStringList{QStringLiteral("person"), QStringLiteral("organization")});
    CHECK(described.contains(QStringLiteral("research_log")));
}

TEST_CASE("A kind's CSV format takes its columns from the description", "[records][csv]")
{
    for (const RecordType* t : RecordTypes::all()) {
        const CsvFormat* format = CsvFormat::find(t->name);
        if (!format)
            continue;
        INFO(t->name.toStdString());
        QStringList described;
        for (const FieldSpec& f : t->fields)
            if (f.inCsv())
                described << QString::fromUtf8(f.csvHeader);
        QStringList headers = format->headers();
        for (const QString& h : described)
            CHECK(headers.contains(h));
    }
}

TEST_CASE("Records are written and read through their description", "[records][events][server]")
{
    auto db = test::memoryDatabase();
    OfficeEvent e = event(QStringLiteral("Japan Day"), QStringLiteral("𠮷田のジャパンデー"),
                          QDate(2025, 5, 18));
    e.startTime = QTime(10, 0);
    e.attendance = 45000;
    const OfficeEvent saved = OfficeEventRepository(*db).add(e);
    CHECK(saved.id > 0);
    CHECK(saved.titleJa == QStringLiteral("𠮷田のジャパンデー"));
    CHECK(saved.startTime == QTime(10, 0));
    CHECK(saved.attendance == 45000);
    CHECK(saved.rowVersion == 1);
    CHECK(saved.createdAt.isValid());

    OfficeEvent changed = saved;
    changed.place = QStringLiteral("Central Park");
    const OfficeEvent updated = OfficeEventRepository(*db).update(changed);
    CHECK(updated.rowVersion == 2);
    CHECK(updated.place == QStringLiteral("Central Park"));

    // Saving over someone else's newer save is refused; a removed one says so.
    try {
        OfficeEventRepository(*db).update(changed);
        FAIL("saved over a newer version");
    } catch (const StorageError& e2) {
        CHECK(e2.kind() == StorageError::Kind::Conflict);
        CHECK(e2.message().contains(QStringLiteral("event")));
    }
    OfficeEventRepository(*db).remove(saved.id);
    try {
        OfficeEventRepository(*db).update(updated);
        FAIL("saved a removed record");
    } catch (const StorageError& e3) {
        CHECK(e3.kind() == StorageError::Kind::NotFound);
    }
}

TEST_CASE("A list is counted, sorted, filtered and read a page at a time by the database",
          "[records][lists][server]")
{
    auto db = test::memoryDatabase();
    addEvents(*db);
    const ListStore store(*db);
    ListQuery q = eventsQuery();
    CHECK(store.count(q) == 3);
    // Calendar order by default; cells in the language asked for.
    QList<ListRow> rows = store.page(q, 0, 10);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].cells[1] == QStringLiteral("Travel show"));
    CHECK(rows[0].cells[0] == QStringLiteral("Jan 24, 2025"));
    CHECK(rows[0].cells[4] == QStringLiteral("12,000"));
    CHECK(rows[2].cells[1] == QStringLiteral("髙橋セミナー")); // no English title: the Japanese one
    q.language = Language::Japanese;
    rows = store.page(q, 0, 10);
    CHECK(rows[1].cells[1] == QStringLiteral("ジャパンデー"));
    CHECK(rows[1].cells[0] == QStringLiteral("2025/05/18"));

    // Another column, the other way.
    q.sortColumn = 1;
    q.order = Qt::DescendingOrder;
    q.language = Language::English;
    rows = store.page(q, 0, 10);
    CHECK(rows[0].cells[1] == QStringLiteral("髙橋セミナー"));

    // Text through the search index (the common form finds the variant).
    q.text = QStringLiteral("高橋");
    CHECK(store.count(q) == 1);
    CHECK(store.countWithoutText(q) == 3);
    // Named filters with bound values.
    q.text.clear();
    q.filters.insert(QStringLiteral("kind"), QStringLiteral("fair"));
    CHECK(store.count(q) == 1);
    q.filters.clear();
    q.filters.insert(QStringLiteral("from"), QStringLiteral("2025-05-01"));
    CHECK(store.count(q) == 2);
    // Where a record is in the list.
    q.filters.clear();
    q.sortColumn = -1;
    q.order = Qt::AscendingOrder;
    const QList<qint64> ids = store.ids(q);
    REQUIRE(ids.size() == 3);
    for (int i = 0; i < ids.size(); ++i)
        CHECK(store.rowOf(q, ids[i]) == i);
    q.filters.insert(QStringLiteral("kind"), QStringLiteral("fair"));
    CHECK(store.rowOf(q, ids[2]) == -1);
}

TEST_CASE("In Japanese, an organization named in katakana without a reading sorts among the "
          "names read with that kana",
          "[records][lists][names][server]")
{
    auto db = test::memoryDatabase();
    OrganizationRepository repo(*db);
    const auto add = [&](const QString& ja, const QString& kana, const QString& en) {
        Organization o;
        o.nameJa = ja;
        o.nameKana = kana;
        o.nameEn = en;
        return repo.add(o).id;
    };
    // Added out of order; two with a reading in hiragana, two in katakana
    // without one, one in kanji without one.
    const qint64 hyogo = add(QStringLiteral("兵庫県"), QStringLiteral("ひょうごけん"),
                             QStringLiteral("Hyogo Prefectural Government"));
    const qint64 king = add(QStringLiteral("キング郡"), {}, QStringLiteral("King County"));
    const qint64 akita =
        add(QStringLiteral("秋田市"), QStringLiteral("あきたし"), QStringLiteral("City of Akita"));
    const qint64 columbus =
        add(QStringLiteral("コロンバス市"), {}, QStringLiteral("City of Columbus"));
    ListQuery q;
    q.kind = QStringLiteral("organizations");
    // The order of these four among the organizations a new file has.
    const auto order = [&](Language language) {
        q.language = language;
        QList<qint64> ids = ListStore(*db).ids(q);
        ids.removeIf(
            [&](qint64 id) { return id != hyogo && id != king && id != akita && id != columbus; });
        return ids;
    };
    // あ, き, こ, ひ: the katakana names are not put after every name read in hiragana.
    CHECK(order(Language::Japanese) == QList<qint64>{akita, king, columbus, hyogo});
    CHECK(order(Language::English) == QList<qint64>{akita, columbus, hyogo, king});
}

TEST_CASE("A list is read on a thread of its own with a connection of its own",
          "[records][lists][threads]")
{
    EventsFile file;
    Database& db = file.db;
    ListReader reader(file.path);
    QSignalSpy counted(&reader, &ListReader::counted);
    QSignalSpy pages(&reader, &ListReader::pageRead);
    const quintptr me = 1;
    const quint64 epoch = reader.newEpoch(me);
    reader.requestCount(me, epoch, eventsQuery());
    reader.requestPage(me, epoch, eventsQuery(), 0, 10);
    REQUIRE((counted.size() > 0 || counted.wait(5000)));
    CHECK(counted.front().at(2).toInt() == 3);
    REQUIRE((pages.size() > 0 || pages.wait(5000)));
    CHECK(pages.front().at(3).value<QList<ListRow>>().size() == 3);

    // A later save is seen by the next read.
    OfficeEventRepository(db).add(event(QStringLiteral("Reception"), {}, QDate(2025, 9, 1)));
    counted.clear();
    const quint64 next = reader.newEpoch(me);
    reader.requestCount(me, next, eventsQuery());
    REQUIRE((counted.size() > 0 || counted.wait(5000)));
    CHECK(counted.front().at(2).toInt() == 4);

    // Requests of an earlier epoch are not answered.
    counted.clear();
    reader.requestCount(me, epoch, eventsQuery());
    reader.requestCount(me, next, eventsQuery());
    REQUIRE((counted.size() > 0 || counted.wait(5000)));
    QTest::qWait(100);
    CHECK(counted.size() == 1);
    CHECK(counted.front().at(1).toULongLong() == next);
}

TEST_CASE("Pages asked for in a fast scroll are passed by — the latest are read",
          "[records][lists][threads]")
{
    EventsFile file;
    ListReader reader(file.path);
    QSignalSpy read(&reader, &ListReader::pageRead);
    QSignalSpy skipped(&reader, &ListReader::pageSkipped);
    const quintptr me = 1;
    const quint64 epoch = reader.newEpoch(me);
    // The reader is kept busy while ten pages are asked for, as a scroll
    // asks while the previous screen is being read.
    QSemaphore busy;
    reader.compute(me, epoch, [&busy](Database&) {
        busy.acquire();
        return QVariant();
    });
    for (int page = 0; page < 10; ++page)
        reader.requestPage(me, epoch, eventsQuery(), page * 100, 100);
    busy.release();
    REQUIRE(QTest::qWaitFor([&] { return read.size() + skipped.size() == 10; }, 5000));
    QList<int> readFirsts, skippedFirsts;
    for (const QList<QVariant>& args : read)
        readFirsts << args.at(2).toInt();
    for (const QList<QVariant>& args : skipped)
        skippedFirsts << args.at(2).toInt();
    CHECK(readFirsts == QList<int>{600, 700, 800, 900});
    CHECK(skippedFirsts == QList<int>{0, 100, 200, 300, 400, 500});
}

TEST_CASE("All fellows: sorted by host prefecture by name in English and in the prefectures' "
          "order in Japanese — found by the person's and the government's names and the title",
          "[records][lists][fellowship][server]")
{
    auto db = test::memoryDatabase();
    const auto fellowIn = [&](int year, const QString& prefecture, const QString& family,
                              const QString& government) {
        Cohort c;
        c.year = year;
        c.programmeStart = QDate(year, 10, 20);
        c.programmeEnd = QDate(year, 10, 29);
        c.hostPrefectureCode = prefecture;
        Person p;
        p.name.family = family;
        p.name.given = QStringLiteral("Alex");
        Organization o;
        o.nameEn = government;
        o.kind = OrganizationKind::StateGovernment;
        o.country = QStringLiteral("US");
        Fellow f;
        f.cohortId = CohortRepository(*db).add(c).id;
        f.personId = PersonRepository(*db).add(p).id;
        f.organizationId = OrganizationRepository(*db).add(o).id;
        if (family == QLatin1String("Hall"))
            f.titleAtTime = QStringLiteral("Budget Analyst (100%)");
        FellowRepository(*db).add(f);
    };
    fellowIn(2019, QStringLiteral("28"), QStringLiteral("Hall"), QStringLiteral("State of Ohio"));
    fellowIn(2023, QStringLiteral("08"), QStringLiteral("King"), QStringLiteral("King County"));
    const ListStore store(*db);
    ListQuery q;
    q.kind = QStringLiteral("fellows");
    // The latest cohort first by default.
    QList<ListRow> rows = store.page(q, 0, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cells[1] == QStringLiteral("Alex King"));
    q.sortColumn = 5; // host prefecture
    rows = store.page(q, 0, 10);
    CHECK(rows[0].cells[5] == QStringLiteral("Hyogo")); // before Ibaraki
    q.language = Language::Japanese;
    rows = store.page(q, 0, 10);
    CHECK(rows[0].cells[5] == QStringLiteral("茨城県")); // 08 before 兵庫県 (28)
    // Found through the people's and the governments' search entries.
    q.text = QStringLiteral("hall");
    CHECK(store.count(q) == 1);
    q.text = QStringLiteral("king county");
    CHECK(store.ids(q).size() == 1);
    q.text = QStringLiteral("ohio");
    CHECK(store.page(q, 0, 10).value(0).cells.value(1) == QStringLiteral("Alex Hall"));
    // And by the title held at the time, as typed (a % is only a percent sign).
    q.text = QStringLiteral("budget analyst");
    CHECK(store.count(q) == 1);
    q.text = QStringLiteral("100%");
    CHECK(store.count(q) == 1);
    q.text = QStringLiteral("1%0");
    CHECK(store.count(q) == 0);
}

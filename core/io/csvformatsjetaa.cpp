// CSV formats of JETAA chapters, sister-city affiliations and events.
#include "io/csvformatfactories.h"
#include "io/csvtypedformat.h"
#include "io/namematch.h"
#include "storage/jetaachapterrepository.h"
#include "storage/officeeventrepository.h"
#include "storage/sisteraffiliationrepository.h"

namespace jlgc::csvformats {

namespace {

class ChapterFormat : public TypedCsvFormat<JetaaChapter> {
public:
    QString kind() const override { return QStringLiteral("jetaa-chapters"); }
    QString searchKind() const override { return QStringLiteral("jetaa_chapter"); }
    QString label() const override { return tr("JETAA chapters"); }
    QString selfReferenceColumn() const override { return QStringLiteral("Parent chapter"); }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Name", "支部名", true, "JETAA New York"),
            column("Short name", "略称", false, "JETAANY"),
            column("Country", "国", false, "US or CA. Empty: from the state or province, else US."),
            column("City", "市", false, ""),
            column("State or province", "州・準州", false, "New York, NY or US-NY."),
            column("Parent chapter", "親支部", false,
                   "For a subchapter: the parent chapter's name, on record or in the same file."),
            column("Status", "状況", false, "active, in_development, inactive. Empty: active."),
            column("Founded", "設立", false, "1989, 1989-04 or 1989-04-01."),
            column("Website", "ウェブサイト", false, ""),
            column("Email", "メール", false, ""),
            column("Notes", "備考", false, ""),
        };
    }

protected:
    QList<JetaaChapter> loadAll(Database& db) const override
    {
        return JetaaChapterRepository(db).list();
    }
    std::optional<JetaaChapter> load(Database& db, qint64 id) const override
    {
        return JetaaChapterRepository(db).find(id);
    }
    QStringList toRow(const JetaaChapter& c, ImportResolver& names) const override
    {
        return {c.name,
                c.shortName,
                c.country,
                c.city,
                names.subdivisionName(c.subdivisionCode),
                names.chapterName(c.parentId),
                ChapterStatuses::code(c.status),
                c.founded.toIso(),
                c.website,
                c.email,
                c.notes};
    }
    void fromRow(JetaaChapter& c, ImportFields& f) const override
    {
        f.text(QStringLiteral("Name"), c.name);
        f.text(QStringLiteral("Short name"), c.shortName);
        QString country;
        f.country(QStringLiteral("Country"), country);
        f.text(QStringLiteral("City"), c.city);
        f.subdivision(QStringLiteral("State or province"), c.subdivisionCode);
        if (!country.isEmpty())
            c.country = country;
        else if (!c.subdivisionCode.isEmpty())
            c.country = c.subdivisionCode.left(2);
        f.chapter(QStringLiteral("Parent chapter"), c.parentId);
        f.choice(QStringLiteral("Status"), c.status, ChapterStatuses::all(), &ChapterStatuses::code,
                 &ChapterStatuses::label);
        f.partialDate(QStringLiteral("Founded"), c.founded);
        f.text(QStringLiteral("Website"), c.website);
        f.text(QStringLiteral("Email"), c.email);
        f.text(QStringLiteral("Notes"), c.notes);
    }
    QStringList keysOf(const JetaaChapter& c) const override
    {
        return namematch::nameKeys({c.name});
    }
    QString displayOf(const JetaaChapter& c) const override { return c.name; }
    JetaaChapter addRecord(Database& db, const JetaaChapter& c) const override
    {
        return JetaaChapterRepository(db).add(c);
    }
    JetaaChapter updateRecord(Database& db, const JetaaChapter& c) const override
    {
        return JetaaChapterRepository(db).update(c);
    }
    // A subchapter names a chapter of an earlier line.
    void afterStore(ImportResolver& resolver, const JetaaChapter& c, qint64 id) const override
    {
        resolver.noteChapter(id, c.name, c.shortName);
    }
};

class AffiliationFormat : public TypedCsvFormat<SisterAffiliation> {
public:
    QString kind() const override { return QStringLiteral("affiliations"); }
    QString searchKind() const override { return QStringLiteral("sister_affiliation"); }
    QString label() const override { return tr("Sister-city affiliations"); }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Japanese side", "日本側", true,
                   "A prefecture or municipality: 長崎県, 長崎県長崎市, ながさきし, Nagasaki "
                   "(when only one place has the name) or the code (42, 422011)."),
            column("North American side", "北米側", true, "St. Paul"),
            column("North American kind", "北米側の種別", false,
                   "city, county, state, province. Empty: city."),
            column("State or province", "州・準州", true,
                   "Minnesota, MN or US-MN (the country follows)."),
            column("Type", "提携の種類", false,
                   "sister_city, sister_state, friendship. Empty: sister_city."),
            column("Established", "提携日", false, "1955, 1955-12 or 1955-12-20."),
            column("Status", "状況", false, "active, inactive, ended. Empty: active."),
            column("Notes", "備考", false, ""),
        };
    }

protected:
    QList<SisterAffiliation> loadAll(Database& db) const override
    {
        return SisterAffiliationRepository(db).list();
    }
    std::optional<SisterAffiliation> load(Database& db, qint64 id) const override
    {
        return SisterAffiliationRepository(db).find(id);
    }
    QStringList toRow(const SisterAffiliation& a, ImportResolver& names) const override
    {
        return {names.japaneseGovernmentName(a.japanCode),
                a.northAmericaName,
                AffiliationLabels::code(a.northAmericaKind),
                names.subdivisionName(a.subdivisionCode),
                AffiliationLabels::code(a.type),
                a.established.toIso(),
                AffiliationLabels::code(a.status),
                a.notes};
    }
    void fromRow(SisterAffiliation& a, ImportFields& f) const override
    {
        f.japaneseGovernment(QStringLiteral("Japanese side"), a.japanCode);
        f.text(QStringLiteral("North American side"), a.northAmericaName);
        f.choice(
            QStringLiteral("North American kind"), a.northAmericaKind, AffiliationLabels::kinds(),
            [](NorthAmericanKind k) { return AffiliationLabels::code(k); },
            [](NorthAmericanKind k) { return AffiliationLabels::label(k); });
        f.subdivision(QStringLiteral("State or province"), a.subdivisionCode);
        if (!a.subdivisionCode.isEmpty())
            a.country = a.subdivisionCode.left(2);
        f.choice(
            QStringLiteral("Type"), a.type, AffiliationLabels::types(),
            [](AffiliationType t) { return AffiliationLabels::code(t); },
            [](AffiliationType t) { return AffiliationLabels::label(t); });
        f.partialDate(QStringLiteral("Established"), a.established);
        f.choice(
            QStringLiteral("Status"), a.status, AffiliationLabels::statuses(),
            [](AffiliationStatus s) { return AffiliationLabels::code(s); },
            [](AffiliationStatus s) { return AffiliationLabels::label(s); });
        f.text(QStringLiteral("Notes"), a.notes);
    }
    QStringList keysOf(const SisterAffiliation& a) const override
    {
        QStringList keys;
        for (const QString& k : namematch::nameKeys({a.northAmericaName}))
            keys << QStringLiteral("%1|%2|%3").arg(a.japanCode, k, a.subdivisionCode);
        return keys;
    }
    QString displayOf(const SisterAffiliation& a) const override
    {
        return QStringLiteral("%1 – %2").arg(a.japanNameJa.isEmpty() ? a.japanCode : a.japanNameJa,
                                             a.northAmericaDisplay());
    }
    QString rowDisplay(const CsvRow& row, const std::any&) const override
    {
        return QStringLiteral("%1 – %2").arg(row.text(QStringLiteral("Japanese side")),
                                             row.text(QStringLiteral("North American side")));
    }
    SisterAffiliation addRecord(Database& db, const SisterAffiliation& a) const override
    {
        return SisterAffiliationRepository(db).add(a);
    }
    SisterAffiliation updateRecord(Database& db, const SisterAffiliation& a) const override
    {
        return SisterAffiliationRepository(db).update(a);
    }
};

class EventFormat : public TypedCsvFormat<OfficeEvent> {
public:
    QString kind() const override { return QStringLiteral("events"); }
    QString searchKind() const override { return QStringLiteral("office_event"); }
    QString label() const override { return tr("Events"); }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Title (English)", "名称（英語）", false,
                   "This or the Japanese title is needed."),
            column("Title (Japanese)", "名称（日本語）", false, ""),
            column("Kind", "種類", false,
                   "japan_day, fair, jet_info_session, reception, seminar, other. Empty: other."),
            column("Date", "日付", true, "2025-05-17 (the first day)."),
            column("Start time", "開始時刻", false, "10:00. Empty: all day."),
            column("End date", "終了日", false, "For an event of several days."),
            column("End time", "終了時刻", false, "18:00"),
            column("Place", "場所", false, ""),
            column("Attendance", "参加者数", false, "A headcount. Empty: not known."),
            column("Notes", "備考", false, ""),
        };
    }

protected:
    QList<OfficeEvent> loadAll(Database& db) const override
    {
        return OfficeEventRepository(db).list();
    }
    std::optional<OfficeEvent> load(Database& db, qint64 id) const override
    {
        return OfficeEventRepository(db).find(id);
    }
    QStringList toRow(const OfficeEvent& e, ImportResolver&) const override
    {
        return {e.titleEn,
                e.titleJa,
                EventKinds::code(e.kind),
                csvtext::date(e.date),
                csvtext::time(e.startTime),
                csvtext::date(e.endDate),
                csvtext::time(e.endTime),
                e.place,
                csvtext::optionalNumber(e.attendance),
                e.notes};
    }
    void fromRow(OfficeEvent& e, ImportFields& f) const override
    {
        f.text(QStringLiteral("Title (English)"), e.titleEn);
        f.text(QStringLiteral("Title (Japanese)"), e.titleJa);
        f.choice(QStringLiteral("Kind"), e.kind, EventKinds::all(), &EventKinds::code,
                 &EventKinds::label);
        f.date(QStringLiteral("Date"), e.date);
        f.time(QStringLiteral("Start time"), e.startTime);
        f.date(QStringLiteral("End date"), e.endDate);
        f.time(QStringLiteral("End time"), e.endTime);
        f.text(QStringLiteral("Place"), e.place);
        f.optionalInteger(QStringLiteral("Attendance"), e.attendance);
        f.text(QStringLiteral("Notes"), e.notes);
    }
    QStringList keysOf(const OfficeEvent& e) const override
    {
        QStringList keys;
        for (const QString& k : namematch::nameKeys({e.titleEn, e.titleJa}))
            keys << k + QLatin1Char('@') + csvtext::date(e.date);
        return keys;
    }
    QString displayOf(const OfficeEvent& e) const override
    {
        return QStringLiteral("%1 (%2)").arg(e.title(Language::English), csvtext::date(e.date));
    }
    OfficeEvent addRecord(Database& db, const OfficeEvent& e) const override
    {
        return OfficeEventRepository(db).add(e);
    }
    OfficeEvent updateRecord(Database& db, const OfficeEvent& e) const override
    {
        return OfficeEventRepository(db).update(e);
    }
};

} // namespace

std::unique_ptr<CsvFormat> jetaaChapters()
{
    return std::make_unique<ChapterFormat>();
}

std::unique_ptr<CsvFormat> affiliations()
{
    return std::make_unique<AffiliationFormat>();
}

std::unique_ptr<CsvFormat> events()
{
    return std::make_unique<EventFormat>();
}

} // namespace jlgc::csvformats

// CSV formats of JETAA chapters and sister-city affiliations.
#include "domain/jetaarules.h"
#include "io/csvformatfactories.h"
#include "io/csvtypedformat.h"
#include "io/namematch.h"
#include "search/textnormalizer.h"
#include "storage/jetaachapterrepository.h"
#include "storage/sisteraffiliationrepository.h"

namespace jlgc::csvformats {

namespace {

// The words of the affiliation import's own messages (a context of their own:
// tr() inherited from CsvFormat would translate in the context "CsvFormat",
// where lupdate does not put the strings of a derived class).
struct AffiliationImport {
    Q_DECLARE_TR_FUNCTIONS(AffiliationImport)
};

class ChapterFormat : public RepositoryCsvFormat<JetaaChapter, JetaaChapterRepository> {
public:
    QString kind() const override { return QStringLiteral("jetaa-chapters"); }
    QString searchKind() const override { return QStringLiteral("jetaa_chapter"); }
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::ChapterFormat", "JETAA chapters");
    }
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
        f.name(QStringLiteral("Name"), c.name);
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
    // A subchapter names a chapter of an earlier line.
    void afterStore(ImportResolver& resolver, const JetaaChapter& c, qint64 id) const override
    {
        resolver.noteChapter(id, c.name, c.shortName);
    }
};

class AffiliationFormat
    : public RepositoryCsvFormat<SisterAffiliation, SisterAffiliationRepository> {
public:
    QString kind() const override { return QStringLiteral("affiliations"); }
    QString searchKind() const override { return QStringLiteral("sister_affiliation"); }
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::AffiliationFormat",
                                           "Sister-city affiliations");
    }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Japanese side", "日本側", true,
                   "A prefecture or municipality: 長崎県, 長崎県長崎市, ながさきし, Nagasaki "
                   "(when only one place has the name) or the code (42, 422011)."),
            column("North American side", "北米側", true, "St. Paul"),
            column("North American kind", "北米側の種別", false,
                   "city, county, state, province. Empty: city, or for a sister-state tie "
                   "state (province in Canada)."),
            column("State or province", "州・準州", true,
                   "Minnesota, MN or US-MN (the country follows)."),
            column("Type", "提携の種類", false,
                   "sister_city, sister_state, friendship, or the label shown in the "
                   "application (Sister city, Sister state/province); also sister state, "
                   "sister province, 姉妹都市, 姉妹州, 姉妹県, 友好提携. Empty: sister_city."),
            column("Established", "提携日", false,
                   "1955, 1955-12 or 1955-12-20; also 1955年12月, 昭和30年 or 12/20/1955."),
            column("Status", "状況", false, "active, inactive, ended. Empty: active."),
            column("Notes", "備考", false, ""),
        };
    }

protected:
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
        f.name(QStringLiteral("North American side"), a.northAmericaName);
        const bool kindGiven = !f.row().text(QStringLiteral("North American kind")).isEmpty();
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
            [](AffiliationType t) { return AffiliationLabels::label(t); }, typeAliases());
        // A sister-state tie is with a whole state or province: the kind
        // follows when the file does not give it (a kind given as a city is
        // refused by the affiliation's own rules).
        if (a.type == AffiliationType::SisterState && !kindGiven && a.id == 0)
            a.northAmericaKind = a.country == QLatin1String("CA") ? NorthAmericanKind::Province
                                                                  : NorthAmericanKind::State;
        f.partialDate(QStringLiteral("Established"), a.established);
        f.choice(
            QStringLiteral("Status"), a.status, AffiliationLabels::statuses(),
            [](AffiliationStatus s) { return AffiliationLabels::code(s); },
            [](AffiliationStatus s) { return AffiliationLabels::label(s); });
        f.text(QStringLiteral("Notes"), a.notes);
    }
    // The names staff give the types, in both languages (folded → code).
    static QHash<QString, QString> typeAliases()
    {
        QHash<QString, QString> aliases;
        const QString city = QStringLiteral("sister_city");
        const QString state = QStringLiteral("sister_state");
        const QString friendship = QStringLiteral("friendship");
        for (const auto& [name, code] :
             {std::pair{u"sister city", city}, std::pair{u"sister cities", city},
              std::pair{u"姉妹都市", city}, std::pair{u"sister state", state},
              std::pair{u"sister province", state}, std::pair{u"sister state/province", state},
              std::pair{u"sister province/state", state}, std::pair{u"姉妹州", state},
              std::pair{u"姉妹県", state}, std::pair{u"姉妹州・姉妹県", state},
              std::pair{u"姉妹州県", state}, std::pair{u"friendship city", friendship},
              std::pair{u"friendship affiliation", friendship}, std::pair{u"友好提携", friendship},
              std::pair{u"友好都市", friendship}})
            aliases.insert(ImportFields::foldedChoice(QString::fromUtf16(name)), code);
        return aliases;
    }
    QString refuseRepeat(Database& db, const std::any& record,
                         const std::function<int(qint64)>& lineOf) const override
    {
        const SisterAffiliation& a = std::any_cast<const SisterAffiliation&>(record);
        if (a.status != AffiliationStatus::Active || a.japanCode.isEmpty())
            return {};
        AffiliationFilter same;
        same.status = AffiliationStatus::Active;
        same.prefectureCode = a.japanCode.left(2);
        const auto other =
            JetaaRules::activeDuplicate(a, SisterAffiliationRepository(db).list(same));
        if (!other)
            return {};
        const int line = lineOf(other->id);
        if (line > 0)
            return AffiliationImport::tr(
                       "Line %1 of this file adds the same tie between %2 and %3, also active; "
                       "a second active one cannot be added (skip this row, or give one of them "
                       "the status inactive or ended).")
                .arg(line)
                .arg(other->japanDisplay(Language::English), other->northAmericaDisplay());
        return AffiliationImport::tr(
                   "An active tie between %1 and %2 is already on file (established %3); a second "
                   "active one cannot be added: skip this row, merge it into that one, or give "
                   "it the status inactive or ended.")
            .arg(other->japanDisplay(Language::English), other->northAmericaDisplay(),
                 other->established.isNull() ? AffiliationImport::tr("in a year not known")
                                             : other->established.toIso());
    }
    QStringList keysOf(const SisterAffiliation& a) const override
    {
        // St. Louis, Saint Louis and St Louis are one place (placeNameKey).
        const QString name = placeNameKey(a.northAmericaName);
        if (name.isEmpty())
            return {};
        return {QStringLiteral("%1|%2|%3").arg(a.japanCode, name, a.subdivisionCode)};
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

} // namespace jlgc::csvformats

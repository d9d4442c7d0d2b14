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
    ChapterFormat() : RepositoryCsvFormat("jetaa-chapters", "jetaa_chapter") {}
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::ChapterFormat", "JETAA chapters");
    }
    QString selfReferenceColumn() const override { return QStringLiteral("Parent chapter"); }

protected:
    // The country as given, else its state's or province's (the State or
    // province column, read with it), else as it was.
    static CsvCell<JetaaChapter> countryAndState()
    {
        return {[](const JetaaChapter& c, ImportResolver&) { return c.country; },
                [](JetaaChapter& c, ImportFields& f, const QString& key) {
                    QString country;
                    f.resolved(key, country, &ImportResolver::country);
                    f.resolved(QStringLiteral("State or province"), c.subdivisionCode,
                               &ImportResolver::subdivision);
                    if (!country.isEmpty())
                        c.country = country;
                    else if (!c.subdivisionCode.isEmpty())
                        c.country = c.subdivisionCode.left(2);
                }};
    }
    const QList<CsvField<JetaaChapter>>& fields() const override
    {
        using namespace csvcells;
        using C = JetaaChapter;
        static const QList<CsvField<C>> list = {
            field("Name", "支部名", name(&C::name), "JETAA New York").required(),
            field("Short name", "略称", text(&C::shortName), "JETAANY"),
            field("Country", "国", countryAndState(),
                  "US or CA. Empty: from the state or province, else US."),
            field("City", "市", text(&C::city)),
            field("State or province", "州・準州", writtenOnly(subdivision(&C::subdivisionCode)),
                  "New York, NY or US-NY."),
            field("Parent chapter", "親支部", chapter(&C::parentId),
                  "For a subchapter: the parent chapter's name, on record or in the same file."),
            field("Status", "状況", choice(&C::status),
                  "active, in_development, inactive. Empty: active."),
            field("Founded", "設立", partialDate(&C::founded), "1989, 1989-04 or 1989-04-01."),
            field("Website", "ウェブサイト", text(&C::website)),
            field("Email", "メール", text(&C::email)),
            field("Notes", "備考", text(&C::notes)),
        };
        return list;
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
    AffiliationFormat() : RepositoryCsvFormat("affiliations", "sister_affiliation") {}
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::AffiliationFormat",
                                           "Sister-city affiliations");
    }

protected:
    const QList<CsvField<SisterAffiliation>>& fields() const override
    {
        using namespace csvcells;
        using A = SisterAffiliation;
        static const QList<CsvField<A>> list = {
            field("Japanese side", "日本側",
                  japanese(&A::japanCode, &ImportResolver::japaneseGovernment),
                  "A prefecture or municipality: 長崎県, 長崎県長崎市, ながさきし, Nagasaki "
                  "(when only one place has the name) or the code (42, 422011).")
                .required(),
            field("North American side", "北米側", name(&A::northAmericaName), "St. Paul")
                .required(),
            field("North American kind", "北米側の種別", choice(&A::northAmericaKind),
                  "city, county, state, province. Empty: city, or for a sister-state tie "
                  "state (province in Canada)."),
            field("State or province", "州・準州", subdivision(&A::subdivisionCode),
                  "Minnesota, MN or US-MN (the country follows).")
                .required(),
            field("Type", "提携の種類", choice(&A::type, typeAliases()),
                  "sister_city, sister_state, friendship, or the label shown in the "
                  "application (Sister city, Sister state/province); also sister state, "
                  "sister province, 姉妹都市, 姉妹州, 姉妹県, 友好提携. Empty: sister_city."),
            field("Established", "提携日", partialDate(&A::established),
                  "1955, 1955-12 or 1955-12-20; also 1955年12月, 昭和30年 or 12/20/1955."),
            field("Status", "状況", choice(&A::status), "active, inactive, ended. Empty: active."),
            field("Notes", "備考", text(&A::notes)),
        };
        return list;
    }
    void afterRead(SisterAffiliation& a, ImportFields& f) const override
    {
        if (!a.subdivisionCode.isEmpty())
            a.country = a.subdivisionCode.left(2);
        // A sister-state tie is with a whole state or province: the kind
        // follows when the file does not give it (a kind given as a city is
        // refused by the affiliation's own rules).
        const bool kindGiven = !f.row().text(QStringLiteral("North American kind")).isEmpty();
        if (a.type == AffiliationType::SisterState && !kindGiven && a.id == 0)
            a.northAmericaKind = a.country == QLatin1String("CA") ? NorthAmericanKind::Province
                                                                  : NorthAmericanKind::State;
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

Formats jetaaFormats()
{
    return make<ChapterFormat, AffiliationFormat>();
}

} // namespace jlgc::csvformats

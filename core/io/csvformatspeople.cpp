// CSV formats of organizations and people.
#include "io/csvformatfactories.h"
#include "io/csvtypedformat.h"
#include "io/namematch.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"

#include <QRegularExpression>

namespace jlgc::csvformats {

namespace {

class OrganizationFormat : public RepositoryCsvFormat<Organization, OrganizationRepository> {
public:
    OrganizationFormat() : RepositoryCsvFormat("organizations", "organization") {}
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::OrganizationFormat", "Organizations");
    }

protected:
    const QList<CsvField<Organization>>& fields() const override
    {
        using namespace csvcells;
        using O = Organization;
        static const QList<CsvField<O>> list = {
            field("Name (English)", "名称（英語）", name(&O::nameEn),
                  "The name in English. This or the Japanese name is needed."),
            field("Name (Japanese)", "名称（日本語）", name(&O::nameJa), "The name in Japanese."),
            field("Name reading", "名称（よみがな）", name(&O::nameKana), "The reading in kana."),
            field("Short name", "略称", text(&O::shortName), "NACo, CLAIR, …"),
            field("Kind", "種別", choice(&O::kind),
                  "association, state_government, local_government, japanese_government, "
                  "consulate, other (or the label shown in the application). Empty: other."),
            field("Country", "国", country(&O::country),
                  "ISO code (US, CA, JP) or the name. Empty: from the state or prefecture."),
            field("State or province", "州・準州", subdivision(&O::subdivisionCode),
                  "A US state or Canadian province: Ohio, OH or US-OH."),
            field("Prefecture", "都道府県",
                  japanese(&O::prefectureCode, &ImportResolver::prefecture),
                  "兵庫県, Hyogo, ひょうご or the code 28."),
            field("Municipality", "市区町村",
                  japanese(&O::municipalityCode, &ImportResolver::municipality),
                  "神戸市, 兵庫県神戸市, こうべし, Kobe or the 6-digit code."),
            field("City", "市", text(&O::city), "The city of a North American organization."),
            field("Address", "住所", text(&O::address)),
            field("Website", "ウェブサイト", text(&O::website), "https://…"),
            field("Email", "メール", text(&O::email)),
            field("Phone", "電話", text(&O::phone)),
            field("Notes", "備考", text(&O::notes)),
        };
        return list;
    }
    void afterRead(Organization& o, ImportFields&) const override
    {
        if (o.prefectureCode.isEmpty() && o.municipalityCode.size() == 6)
            o.prefectureCode = o.municipalityCode.left(2);
        if (o.country.isEmpty() && !o.subdivisionCode.isEmpty())
            o.country = o.subdivisionCode.left(2);
        if (o.country.isEmpty() && !o.prefectureCode.isEmpty())
            o.country = QStringLiteral("JP");
    }
    QStringList keysOf(const Organization& o) const override
    {
        return namematch::nameKeys({o.nameEn, o.nameJa});
    }
    QString displayOf(const Organization& o) const override { return o.display(Language::English); }
    qint64 addRecordId(Database& db, const Organization& o) const override
    {
        return OrganizationRepository(db).insert(o);
    }
    // add() checks validate(); the database's own rules (a name, a kind of
    // the list, codes on file) hold for any record read from a row.
    std::optional<FieldErrors> validateNew(const Organization& o) const override
    {
        return o.validate();
    }
    void afterStore(ImportResolver& resolver, const Organization&, qint64) const override
    {
        resolver.invalidate(kind());
    }
};

class PersonFormat : public RepositoryCsvFormat<Person, PersonRepository> {
public:
    PersonFormat() : RepositoryCsvFormat("people", "person") {}
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::PersonFormat", "People");
    }
    QStringList dependsOn() const override { return {QStringLiteral("organizations")}; }

protected:
    // The affiliation current on the export's day, else the first.
    static const Affiliation* mainAffiliation(const Person& p, const ImportResolver& names)
    {
        for (const Affiliation& a : p.affiliations)
            if (a.isCurrent(names.today()))
                return &a;
        return p.affiliations.isEmpty() ? nullptr : &p.affiliations.front();
    }
    // A part of the person's name.
    static CsvCell<Person> namePart(QString PersonName::*part)
    {
        return {[part](const Person& p, ImportResolver&) { return p.name.*part; },
                [part](Person& p, ImportFields& in, const QString& key) {
                    in.name(key, p.name.*part);
                }};
    }
    // The whole name, read only when the parts are empty.
    static CsvCell<Person> wholeName()
    {
        return {[](const Person& p, ImportResolver&) { return p.name.display(Language::Japanese); },
                [](Person& p, ImportFields& in, const QString& key) {
                    QString whole;
                    in.name(key, whole);
                    if (p.name.isEmpty() && !whole.isEmpty())
                        splitName(whole, p.name);
                }};
    }
    // The organization of the main affiliation; read with its role (the
    // Role column), an affiliation that the person does not have yet.
    static CsvCell<Person> affiliation()
    {
        return {[](const Person& p, ImportResolver& names) {
                    const Affiliation* a = mainAffiliation(p, names);
                    return a ? names.organizationName(a->organizationId) : QString();
                },
                [](Person& p, ImportFields& in, const QString& key) {
                    qint64 org = 0;
                    in.resolved(key, org, &ImportResolver::organization);
                    QString role;
                    in.text(QStringLiteral("Role"), role);
                    if (org > 0) {
                        bool found = false;
                        for (Affiliation& a : p.affiliations) {
                            if (a.organizationId == org) {
                                found = true;
                                if (a.role.isEmpty())
                                    a.role = role;
                            }
                        }
                        if (!found) {
                            Affiliation a;
                            a.organizationId = org;
                            a.role = role;
                            p.affiliations << a;
                        }
                    }
                }};
    }
    static CsvCell<Person> role()
    {
        return {[](const Person& p, ImportResolver& names) {
                    const Affiliation* a = mainAffiliation(p, names);
                    return a ? a->role : QString();
                },
                {}};
    }
    const QList<CsvField<Person>>& fields() const override
    {
        using namespace csvcells;
        using P = Person;
        using N = PersonName;
        static const QList<CsvField<P>> list = {
            field("Family name", "姓（ローマ字）", namePart(&N::family),
                  "In Latin letters: Yamada, O'Brien."),
            field("Given name", "名（ローマ字）", namePart(&N::given), "In Latin letters: Taro."),
            field("Family name (kanji)", "姓（漢字）", namePart(&N::familyKanji),
                  "山田 (kept exactly: 髙, 﨑, 𠮷)."),
            field("Given name (kanji)", "名（漢字）", namePart(&N::givenKanji), "太郎"),
            field("Family name (kana)", "姓（かな）", namePart(&N::familyKana),
                  "やまだ or ヤマダ."),
            field("Given name (kana)", "名（かな）", namePart(&N::givenKana), "たろう or タロウ."),
            field("Name", "氏名", wholeName(),
                  "The whole name in one cell, read only when the six name columns are "
                  "empty: 山田 太郎 (kanji, family first), Taro Yamada, YAMADA Taro, Yamada, "
                  "Taro, or Trần Văn An (Vietnamese, family first). A name in Latin letters "
                  "goes to the Latin fields, whatever its accents."),
            field("Title", "役職", text(&P::title)),
            field("Organization", "所属", affiliation(),
                  "An organization on record, by name or short name: the person's "
                  "current affiliation."),
            field("Role", "所属での役割", role(), "The role held in that organization."),
            field("Email", "メール", text(&P::email)),
            field("Phone", "電話", text(&P::phone)),
            field("Languages", "言語", text(&P::languages), "Japanese, English"),
            field("Notes", "備考", text(&P::notes)),
        };
        return list;
    }
    // 山田 太郎 (family first), Taro Yamada, YAMADA Taro (family in capitals
    // first), Yamada, Taro (family before the comma), Trần Văn An (Vietnamese:
    // family first). Only a name in Japanese script goes into the kanji
    // fields; any Latin-script name, whatever its diacritics or ʻokina, goes
    // into the Latin fields.
    static void splitName(const QString& whole, PersonName& name)
    {
        bool japanese = false;
        bool vietnamese = false;
        for (QChar c : whole) {
            const QChar::Script script = c.script();
            japanese = japanese || script == QChar::Script_Han ||
                       script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
            // Letters only Vietnamese writes: ơ, ư, đ and the tone-marked
            // vowels of Latin Extended Additional (ầ, ễ, ộ …).
            const char16_t u = c.unicode();
            vietnamese = vietnamese || (u >= 0x1EA0 && u <= 0x1EF9) || u == 0x01A0 || u == 0x01A1 ||
                         u == 0x01AF || u == 0x01B0 || u == 0x0110 || u == 0x0111;
        }
        const QString simplified = whole.simplified();
        const QStringList words = simplified.split(
            QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")), Qt::SkipEmptyParts);
        if (japanese) {
            name.familyKanji = words.value(0);
            name.givenKanji = words.mid(1).join(QLatin1Char(' '));
            return;
        }
        if (simplified.count(QLatin1Char(',')) == 1) {
            name.family = simplified.section(QLatin1Char(','), 0, 0).trimmed();
            name.given = simplified.section(QLatin1Char(','), 1).trimmed();
            return;
        }
        if (words.size() >= 2 && vietnamese) {
            name.family = words[0];
            name.given = words.mid(1).join(QLatin1Char(' '));
        } else if (words.size() >= 2 && words[0].size() > 1 && words[0] == words[0].toUpper()) {
            name.family = words[0].left(1) + words[0].mid(1).toLower();
            name.given = words.mid(1).join(QLatin1Char(' '));
        } else {
            name.family = words.value(words.size() - 1);
            name.given = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
        }
    }
    QStringList keysOf(const Person& p) const override { return namematch::personKeys(p.name); }
    QString displayOf(const Person& p) const override
    {
        const QString ja = p.name.kanji();
        const QString en = p.name.latin();
        return ja.isEmpty() || en.isEmpty() ? p.name.display(Language::English)
                                            : QStringLiteral("%1 (%2)").arg(ja, en);
    }
    qint64 addRecordId(Database& db, const Person& p) const override
    {
        return PersonRepository(db).insert(p);
    }
    QList<qint64> addRecordIds(Database& db, const QList<Person>& people) const override
    {
        return PersonRepository(db).insertMany(people);
    }
    bool writesInBatches() const override { return true; }
    // add() checks validate(); the database's own rules (a name in Latin
    // letters or kanji, affiliations with an organization on file) hold for
    // any record that passes it with references a row resolved.
    std::optional<FieldErrors> validateNew(const Person& p) const override { return p.validate(); }
    void afterStore(ImportResolver& resolver, const Person&, qint64) const override
    {
        resolver.invalidate(kind());
    }
};

} // namespace

Formats peopleFormats()
{
    return make<OrganizationFormat, PersonFormat>();
}

} // namespace jlgc::csvformats

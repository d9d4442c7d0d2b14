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
    QString kind() const override { return QStringLiteral("organizations"); }
    QString searchKind() const override { return QStringLiteral("organization"); }
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::OrganizationFormat", "Organizations");
    }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Name (English)", "名称（英語）", false,
                   "The name in English. This or the Japanese name is needed."),
            column("Name (Japanese)", "名称（日本語）", false, "The name in Japanese."),
            column("Name reading", "名称（よみがな）", false, "The reading in kana."),
            column("Short name", "略称", false, "NACo, CLAIR, …"),
            column("Kind", "種別", false,
                   "association, state_government, local_government, japanese_government, "
                   "consulate, other (or the label shown in the application). Empty: other."),
            column("Country", "国", false,
                   "ISO code (US, CA, JP) or the name. Empty: from the state or prefecture."),
            column("State or province", "州・準州", false,
                   "A US state or Canadian province: Ohio, OH or US-OH."),
            column("Prefecture", "都道府県", false, "兵庫県, Hyogo, ひょうご or the code 28."),
            column("Municipality", "市区町村", false,
                   "神戸市, 兵庫県神戸市, こうべし, Kobe or the 6-digit code."),
            column("City", "市", false, "The city of a North American organization."),
            column("Address", "住所", false, ""),
            column("Website", "ウェブサイト", false, "https://…"),
            column("Email", "メール", false, ""),
            column("Phone", "電話", false, ""),
            column("Notes", "備考", false, ""),
        };
    }

protected:
    QStringList toRow(const Organization& o, ImportResolver& names) const override
    {
        return {o.nameEn,
                o.nameJa,
                o.nameKana,
                o.shortName,
                OrganizationKinds::code(o.kind),
                o.country,
                names.subdivisionName(o.subdivisionCode),
                o.prefectureCode.isEmpty() ? QString()
                                           : names.japaneseGovernmentName(o.prefectureCode),
                o.municipalityCode.isEmpty() ? QString()
                                             : names.japaneseGovernmentName(o.municipalityCode),
                o.city,
                o.address,
                o.website,
                o.email,
                o.phone,
                o.notes};
    }
    void fromRow(Organization& o, ImportFields& f) const override
    {
        f.name(QStringLiteral("Name (English)"), o.nameEn);
        f.name(QStringLiteral("Name (Japanese)"), o.nameJa);
        f.name(QStringLiteral("Name reading"), o.nameKana);
        f.text(QStringLiteral("Short name"), o.shortName);
        f.choice(QStringLiteral("Kind"), o.kind, OrganizationKinds::all(), &OrganizationKinds::code,
                 &OrganizationKinds::label);
        f.country(QStringLiteral("Country"), o.country);
        f.subdivision(QStringLiteral("State or province"), o.subdivisionCode);
        f.prefecture(QStringLiteral("Prefecture"), o.prefectureCode);
        f.municipality(QStringLiteral("Municipality"), o.municipalityCode);
        f.text(QStringLiteral("City"), o.city);
        f.text(QStringLiteral("Address"), o.address);
        f.text(QStringLiteral("Website"), o.website);
        f.text(QStringLiteral("Email"), o.email);
        f.text(QStringLiteral("Phone"), o.phone);
        f.text(QStringLiteral("Notes"), o.notes);
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
    // the list, codes on file) hold for any record fromRow() resolved.
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
    QString kind() const override { return QStringLiteral("people"); }
    QString searchKind() const override { return QStringLiteral("person"); }
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::PersonFormat", "People");
    }
    QStringList dependsOn() const override { return {QStringLiteral("organizations")}; }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Family name", "姓（ローマ字）", false, "In Latin letters: Yamada, O'Brien."),
            column("Given name", "名（ローマ字）", false, "In Latin letters: Taro."),
            column("Family name (kanji)", "姓（漢字）", false, "山田 (kept exactly: 髙, 﨑, 𠮷)."),
            column("Given name (kanji)", "名（漢字）", false, "太郎"),
            column("Family name (kana)", "姓（かな）", false, "やまだ or ヤマダ."),
            column("Given name (kana)", "名（かな）", false, "たろう or タロウ."),
            column("Name", "氏名", false,
                   "The whole name in one cell, read only when the six name columns are "
                   "empty: 山田 太郎 (kanji, family first), Taro Yamada, YAMADA Taro, Yamada, "
                   "Taro, or Trần Văn An (Vietnamese, family first). A name in Latin letters "
                   "goes to the Latin fields, whatever its accents."),
            column("Title", "役職", false, ""),
            column("Organization", "所属", false,
                   "An organization on record, by name or short name: the person's "
                   "current affiliation."),
            column("Role", "所属での役割", false, "The role held in that organization."),
            column("Email", "メール", false, ""),
            column("Phone", "電話", false, ""),
            column("Languages", "言語", false, "Japanese, English"),
            column("Notes", "備考", false, ""),
        };
    }

protected:
    static const Affiliation* mainAffiliation(const Person& p)
    {
        for (const Affiliation& a : p.affiliations)
            if (a.isCurrent(QDate::currentDate()))
                return &a;
        return p.affiliations.isEmpty() ? nullptr : &p.affiliations.front();
    }
    QStringList toRow(const Person& p, ImportResolver& names) const override
    {
        const Affiliation* a = mainAffiliation(p);
        return {p.name.family,
                p.name.given,
                p.name.familyKanji,
                p.name.givenKanji,
                p.name.familyKana,
                p.name.givenKana,
                p.name.display(Language::Japanese),
                p.title,
                a ? names.organizationName(a->organizationId) : QString(),
                a ? a->role : QString(),
                p.email,
                p.phone,
                p.languages,
                p.notes};
    }
    void fromRow(Person& p, ImportFields& f) const override
    {
        f.name(QStringLiteral("Family name"), p.name.family);
        f.name(QStringLiteral("Given name"), p.name.given);
        f.name(QStringLiteral("Family name (kanji)"), p.name.familyKanji);
        f.name(QStringLiteral("Given name (kanji)"), p.name.givenKanji);
        f.name(QStringLiteral("Family name (kana)"), p.name.familyKana);
        f.name(QStringLiteral("Given name (kana)"), p.name.givenKana);
        QString whole;
        f.name(QStringLiteral("Name"), whole);
        if (p.name.isEmpty() && !whole.isEmpty())
            splitName(whole, p.name);
        f.text(QStringLiteral("Title"), p.title);
        qint64 org = 0;
        f.organization(QStringLiteral("Organization"), org);
        QString role;
        f.text(QStringLiteral("Role"), role);
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
        f.text(QStringLiteral("Email"), p.email);
        f.text(QStringLiteral("Phone"), p.phone);
        f.text(QStringLiteral("Languages"), p.languages);
        f.text(QStringLiteral("Notes"), p.notes);
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
    // any record that passes it with references fromRow() resolved.
    std::optional<FieldErrors> validateNew(const Person& p) const override { return p.validate(); }
    void afterStore(ImportResolver& resolver, const Person&, qint64) const override
    {
        resolver.invalidate(kind());
    }
};

} // namespace

std::unique_ptr<CsvFormat> organizations()
{
    return std::make_unique<OrganizationFormat>();
}

std::unique_ptr<CsvFormat> people()
{
    return std::make_unique<PersonFormat>();
}

} // namespace jlgc::csvformats

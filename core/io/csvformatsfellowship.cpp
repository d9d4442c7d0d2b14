// CSV formats of CLAIR fellows and host families.
#include "io/csvformatfactories.h"
#include "io/csvtypedformat.h"
#include "io/namematch.h"
#include "storage/fellowrepository.h"
#include "storage/hostfamilyrepository.h"

namespace jlgc::csvformats {

namespace {

class FellowFormat : public RepositoryCsvFormat<Fellow, FellowRepository> {
public:
    FellowFormat() : RepositoryCsvFormat("fellows", "fellow") {}
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::FellowFormat", "CLAIR fellows");
    }
    QStringList dependsOn() const override
    {
        return {QStringLiteral("people"), QStringLiteral("organizations")};
    }

protected:
    // The person, read after the organization (the Organization column):
    // two people of one name are told apart by the fellow's organization.
    static CsvCell<Fellow> personInOrganization()
    {
        return {[](const Fellow& f, ImportResolver& names) { return names.personName(f.personId); },
                [](Fellow& r, ImportFields& f, const QString& key) {
                    f.resolved(QStringLiteral("Organization"), r.organizationId,
                               &ImportResolver::organization);
                    f.person(key, r.personId, r.organizationId);
                }};
    }
    const QList<CsvField<Fellow>>& fields() const override
    {
        using namespace csvcells;
        using F = Fellow;
        static const QList<CsvField<F>> list = {
            field("Person", "氏名", personInOrganization(),
                  "A person on record: Taro Yamada, YAMADA Taro or 山田 太郎 (import the "
                  "people first). Two people of one name: the one affiliated with the "
                  "Organization.")
                .required(),
            field("Year", "年度", cohort(&F::cohortId),
                  "The programme year (a fellowship year on record): 2019.")
                .required(),
            field("Organization", "所属団体", writtenOnly(organization(&F::organizationId)),
                  "The fellow's home government, an organization on record."),
            field("State or province", "州・準州", subdivision(&F::subdivisionCode),
                  "Ohio, OH or US-OH. Empty: the organization's."),
            field("Title at the time", "当時の役職", text(&F::titleAtTime)),
            field("Status", "状況", choice(&F::status),
                  "nominated, applied, selected, confirmed, attended, withdrawn. Empty: "
                  "nominated."),
            field("Status date", "状況の日付", date(&F::statusDate), "2019-06-01. Empty: today."),
            field("Arrival", "到着日", date(&F::arrival), "2019-10-20"),
            field("Departure", "出発日", date(&F::departure), "2019-10-30"),
            field("Dietary notes", "食事の配慮", text(&F::dietaryNotes), "Personal data.")
                .personal(),
            field("Medical notes", "医療上の注意", text(&F::medicalNotes), "Personal data.")
                .personal(),
            field("Emergency contact", "緊急連絡先（氏名）", text(&F::emergencyContactName),
                  "Personal data.")
                .personal(),
            field("Emergency contact relation", "緊急連絡先（続柄）",
                  text(&F::emergencyContactRelation), "Personal data.")
                .personal(),
            field("Emergency contact phone", "緊急連絡先（電話）", text(&F::emergencyContactPhone),
                  "Personal data.")
                .personal(),
            field("Follow-up notes", "フォローアップ", text(&F::followUpNotes)),
            field("Notes", "備考", text(&F::notes)),
        };
        return list;
    }
    QStringList keysOf(const Fellow& f) const override
    {
        if (f.personId <= 0 || f.cohortId <= 0)
            return {};
        return {QStringLiteral("%1/%2").arg(f.personId).arg(f.cohortId)};
    }
    QString displayOf(const Fellow& f) const override
    {
        return f.cohortYear > 0 ? QStringLiteral("%1 (%2)")
                                      .arg(f.personName.display(Language::English))
                                      .arg(f.cohortYear)
                                : f.personName.display(Language::English);
    }
    QString rowDisplay(const CsvRow& row, const std::any&) const override
    {
        return QStringLiteral("%1 (%2)").arg(row.text(QStringLiteral("Person")),
                                             row.text(QStringLiteral("Year")));
    }
};

class HostFamilyFormat : public RepositoryCsvFormat<HostFamily, HostFamilyRepository> {
public:
    HostFamilyFormat() : RepositoryCsvFormat("host-families", "host_family") {}
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::HostFamilyFormat", "Host families");
    }

protected:
    const QList<CsvField<HostFamily>>& fields() const override
    {
        using namespace csvcells;
        using H = HostFamily;
        static const QList<CsvField<H>> list = {
            field("Family name (kanji)", "姓（漢字）", name(&H::familyNameKanji),
                  "鈴木. This or the name in Latin letters is needed."),
            field("Family name (kana)", "姓（かな）", name(&H::familyNameKana), "すずき"),
            field("Family name (romaji)", "姓（ローマ字）", name(&H::familyNameRomaji), "Suzuki"),
            field("Municipality", "市区町村",
                  japanese(&H::municipalityCode, &ImportResolver::municipality),
                  "Where the family lives: 北茨城市, 茨城県北茨城市, Kitaibaraki or 082155."),
            field("Address", "住所", text(&H::addressJa), "Personal data.").personal(),
            field("Languages", "言語", text(&H::languages), "Japanese, some English"),
            field("Capacity", "受入人数", integer(&H::capacity, 1),
                  "Fellows on one night, 1 or more. Empty: 1."),
            field("Smoking", "喫煙", boolean(&H::smoking), "yes or no (はい, いいえ). Empty: no."),
            field("Pets", "ペット", text(&H::pets), "Empty: none."),
            field("Accessibility", "バリアフリー", text(&H::accessibility)),
            field("Dietary notes", "食事の対応", text(&H::dietaryNotes),
                  "What the family can provide: vegetarian, halal, …"),
            field("Availability", "受入可能時期", text(&H::availabilityNotes)),
            field("Notes", "備考", text(&H::notes)),
        };
        return list;
    }
    QStringList keysOf(const HostFamily& h) const override
    {
        PersonName name;
        name.family = h.familyNameRomaji;
        name.familyKanji = h.familyNameKanji;
        name.familyKana = h.familyNameKana;
        return namematch::keysAt(namematch::personKeys(name), h.municipalityCode);
    }
    QString displayOf(const HostFamily& h) const override
    {
        return h.municipalityNameJa.isEmpty()
                   ? h.names()
                   : QStringLiteral("%1, %2").arg(h.names(), h.municipalityNameJa);
    }
};

} // namespace

Formats fellowshipFormats()
{
    return make<FellowFormat, HostFamilyFormat>();
}

} // namespace jlgc::csvformats

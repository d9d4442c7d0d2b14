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
    QString kind() const override { return QStringLiteral("fellows"); }
    QString searchKind() const override { return QStringLiteral("fellow"); }
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::FellowFormat", "CLAIR fellows");
    }
    QStringList dependsOn() const override
    {
        return {QStringLiteral("people"), QStringLiteral("organizations")};
    }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Person", "氏名", true,
                   "A person on record: Taro Yamada, YAMADA Taro or 山田 太郎 (import the "
                   "people first). Two people of one name: the one affiliated with the "
                   "Organization."),
            column("Year", "年度", true, "The programme year (a fellowship year on record): 2019."),
            column("Organization", "所属団体", false,
                   "The fellow's home government, an organization on record."),
            column("State or province", "州・準州", false,
                   "Ohio, OH or US-OH. Empty: the organization's."),
            column("Title at the time", "当時の役職", false, ""),
            column("Status", "状況", false,
                   "nominated, applied, selected, confirmed, attended, withdrawn. Empty: "
                   "nominated."),
            column("Status date", "状況の日付", false, "2019-06-01. Empty: today."),
            column("Arrival", "到着日", false, "2019-10-20"),
            column("Departure", "出発日", false, "2019-10-30"),
            column("Dietary notes", "食事の配慮", false, "Personal data.", true),
            column("Medical notes", "医療上の注意", false, "Personal data.", true),
            column("Emergency contact", "緊急連絡先（氏名）", false, "Personal data.", true),
            column("Emergency contact relation", "緊急連絡先（続柄）", false, "Personal data.",
                   true),
            column("Emergency contact phone", "緊急連絡先（電話）", false, "Personal data.", true),
            column("Follow-up notes", "フォローアップ", false, ""),
            column("Notes", "備考", false, ""),
        };
    }

protected:
    QStringList toRow(const Fellow& f, ImportResolver& names) const override
    {
        return {names.personName(f.personId),
                QString::number(names.cohortYear(f.cohortId)),
                names.organizationName(f.organizationId),
                names.subdivisionName(f.subdivisionCode),
                f.titleAtTime,
                FellowStatuses::code(f.status),
                csvtext::date(f.statusDate),
                csvtext::date(f.arrival),
                csvtext::date(f.departure),
                f.dietaryNotes,
                f.medicalNotes,
                f.emergencyContactName,
                f.emergencyContactRelation,
                f.emergencyContactPhone,
                f.followUpNotes,
                f.notes};
    }
    void fromRow(Fellow& r, ImportFields& f) const override
    {
        f.organization(QStringLiteral("Organization"), r.organizationId);
        // Two people of one name: the one in the fellow's organization.
        f.person(QStringLiteral("Person"), r.personId, r.organizationId);
        f.cohort(QStringLiteral("Year"), r.cohortId);
        f.subdivision(QStringLiteral("State or province"), r.subdivisionCode);
        f.text(QStringLiteral("Title at the time"), r.titleAtTime);
        f.choice(QStringLiteral("Status"), r.status, FellowStatuses::all(), &FellowStatuses::code,
                 &FellowStatuses::label);
        f.date(QStringLiteral("Status date"), r.statusDate);
        f.date(QStringLiteral("Arrival"), r.arrival);
        f.date(QStringLiteral("Departure"), r.departure);
        f.text(QStringLiteral("Dietary notes"), r.dietaryNotes);
        f.text(QStringLiteral("Medical notes"), r.medicalNotes);
        f.text(QStringLiteral("Emergency contact"), r.emergencyContactName);
        f.text(QStringLiteral("Emergency contact relation"), r.emergencyContactRelation);
        f.text(QStringLiteral("Emergency contact phone"), r.emergencyContactPhone);
        f.text(QStringLiteral("Follow-up notes"), r.followUpNotes);
        f.text(QStringLiteral("Notes"), r.notes);
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
    QString kind() const override { return QStringLiteral("host-families"); }
    QString searchKind() const override { return QStringLiteral("host_family"); }
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::HostFamilyFormat", "Host families");
    }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Family name (kanji)", "姓（漢字）", false,
                   "鈴木. This or the name in Latin letters is needed."),
            column("Family name (kana)", "姓（かな）", false, "すずき"),
            column("Family name (romaji)", "姓（ローマ字）", false, "Suzuki"),
            column("Municipality", "市区町村", false,
                   "Where the family lives: 北茨城市, 茨城県北茨城市, Kitaibaraki or 082155."),
            column("Address", "住所", false, "Personal data.", true),
            column("Languages", "言語", false, "Japanese, some English"),
            column("Capacity", "受入人数", false, "Fellows on one night, 1 or more. Empty: 1."),
            column("Smoking", "喫煙", false, "yes or no (はい, いいえ). Empty: no."),
            column("Pets", "ペット", false, "Empty: none."),
            column("Accessibility", "バリアフリー", false, ""),
            column("Dietary notes", "食事の対応", false,
                   "What the family can provide: vegetarian, halal, …"),
            column("Availability", "受入可能時期", false, ""),
            column("Notes", "備考", false, ""),
        };
    }

protected:
    QStringList toRow(const HostFamily& h, ImportResolver& names) const override
    {
        return {h.familyNameKanji,
                h.familyNameKana,
                h.familyNameRomaji,
                h.municipalityCode.isEmpty() ? QString()
                                             : names.japaneseGovernmentName(h.municipalityCode),
                h.addressJa,
                h.languages,
                csvtext::number(h.capacity),
                csvtext::boolean(h.smoking),
                h.pets,
                h.accessibility,
                h.dietaryNotes,
                h.availabilityNotes,
                h.notes};
    }
    void fromRow(HostFamily& h, ImportFields& f) const override
    {
        f.name(QStringLiteral("Family name (kanji)"), h.familyNameKanji);
        f.name(QStringLiteral("Family name (kana)"), h.familyNameKana);
        f.name(QStringLiteral("Family name (romaji)"), h.familyNameRomaji);
        f.municipality(QStringLiteral("Municipality"), h.municipalityCode);
        f.text(QStringLiteral("Address"), h.addressJa);
        f.text(QStringLiteral("Languages"), h.languages);
        f.integer(QStringLiteral("Capacity"), h.capacity, 1);
        f.boolean(QStringLiteral("Smoking"), h.smoking);
        f.text(QStringLiteral("Pets"), h.pets);
        f.text(QStringLiteral("Accessibility"), h.accessibility);
        f.text(QStringLiteral("Dietary notes"), h.dietaryNotes);
        f.text(QStringLiteral("Availability"), h.availabilityNotes);
        f.text(QStringLiteral("Notes"), h.notes);
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

std::unique_ptr<CsvFormat> fellows()
{
    return std::make_unique<FellowFormat>();
}

std::unique_ptr<CsvFormat> hostFamilies()
{
    return std::make_unique<HostFamilyFormat>();
}

} // namespace jlgc::csvformats

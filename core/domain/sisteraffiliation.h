#pragma once

#include "domain/enumtable.h"
#include "domain/fielderror.h"
#include "domain/partialdate.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace jlgc {

using SisterAffiliationId = qint64;

enum class AffiliationType { SisterCity, SisterState, Friendship };
enum class AffiliationStatus { Active, Inactive, Ended };
// The North American side: a city, a county, or a whole state or province.
enum class NorthAmericanKind { City, County, State, Province };
enum class ContactSide { Japan, NorthAmerica };
enum class ActivityKind { Visit, Exchange, Anniversary, Event, Correspondence, Other };

// The values, codes and labels of these enums (enumtable.h).
const EnumTable<AffiliationType>& enumTable(AffiliationType);
const EnumTable<AffiliationStatus>& enumTable(AffiliationStatus);
const EnumTable<NorthAmericanKind>& enumTable(NorthAmericanKind);
const EnumTable<ContactSide>& enumTable(ContactSide);
const EnumTable<ActivityKind>& enumTable(ActivityKind);

// Codes stored in the database and labels in the user's language, by the
// enums' tables.
struct AffiliationLabels {
    Q_DECLARE_TR_FUNCTIONS(AffiliationLabels)
public:
    template <typename E> static QString code(E value) { return enumTable(value).code(value); }
    template <typename E> static QString label(E value) { return enumTable(value).label(value); }

    static QList<AffiliationType> types() { return EnumLabels<AffiliationType>::all(); }
    static QList<AffiliationStatus> statuses() { return EnumLabels<AffiliationStatus>::all(); }
    static QList<NorthAmericanKind> kinds() { return EnumLabels<NorthAmericanKind>::all(); }
    static QList<ActivityKind> activityKinds() { return EnumLabels<ActivityKind>::all(); }

    static AffiliationType typeFromCode(const QString& c)
    {
        return EnumLabels<AffiliationType>::fromCode(c);
    }
    static AffiliationStatus statusFromCode(const QString& c)
    {
        return EnumLabels<AffiliationStatus>::fromCode(c);
    }
    static NorthAmericanKind kindFromCode(const QString& c)
    {
        return EnumLabels<NorthAmericanKind>::fromCode(c);
    }
    static ContactSide sideFromCode(const QString& c)
    {
        return EnumLabels<ContactSide>::fromCode(c);
    }
    static ActivityKind activityKindFromCode(const QString& c)
    {
        return EnumLabels<ActivityKind>::fromCode(c);
    }
};

// A person who keeps the tie alive on one side or the other.
struct AffiliationContact {
    qint64 id = 0;
    PersonId personId = 0;
    QString personName; // filled in when read
    ContactSide side = ContactSide::Japan;
    QString role;
    bool operator==(const AffiliationContact&) const = default;
};

struct AffiliationActivity {
    qint64 id = 0;
    QDate date;
    ActivityKind kind = ActivityKind::Visit;
    QString description;
    bool operator==(const AffiliationActivity&) const = default;
};

// A sister-city, sister-state/province or friendship tie between a Japanese
// prefecture or municipality and a US or Canadian city, county, state or
// province.
struct SisterAffiliation {
    SisterAffiliationId id = 0;
    // The Japanese side: a 2-digit prefecture code or a 6-digit municipality
    // code of the reference data.
    QString japanCode;
    // Filled in when read: the prefecture (the side itself or the
    // municipality's) and the names of the Japanese side.
    QString prefectureCode;
    QString japanNameJa; // 長崎県長崎市
    QString japanNameEn; // Nagasaki, Nagasaki

    QString northAmericaName; // St. Paul
    NorthAmericanKind northAmericaKind = NorthAmericanKind::City;
    QString subdivisionCode; // US-MN
    QString subdivisionName; // filled in when read: Minnesota
    QString country;         // US or CA (follows the subdivision)

    AffiliationType type = AffiliationType::SisterCity;
    PartialDate established; // the year alone is allowed
    AffiliationStatus status = AffiliationStatus::Active;
    QList<AffiliationContact> contacts;
    QList<AffiliationActivity> activities; // newest first when read
    QString notes;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool japanSideIsPrefecture() const { return japanCode.size() == 2; }
    QString japanDisplay(Language language) const;
    // St. Paul, Minnesota / Washington (state)
    QString northAmericaDisplay() const;
    // The checks that need no database; the reference data and the
    // duplicate-pair rule are checked by JetaaRules and the repository.
    FieldErrors validate() const;

    bool operator==(const SisterAffiliation&) const = default;
};

} // namespace jlgc

#pragma once

#include "domain/enumtable.h"
#include "domain/fielderror.h"
#include "domain/language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace jlgc {

using OrganizationId = qint64;

enum class OrganizationKind {
    Association,        // North American association of governments (NGA, FCM, …)
    StateGovernment,    // a US state or Canadian provincial government
    LocalGovernment,    // a North American city or county
    JapaneseGovernment, // a prefecture or municipality of Japan, or a ministry
    Consulate,
    Other,
};

struct Organization {
    OrganizationId id = 0;
    QString nameEn;
    QString nameJa;
    QString nameKana;
    QString shortName;
    OrganizationKind kind = OrganizationKind::Other;
    QString country;          // ISO 3166-1 alpha-2: US, CA, JP, …
    QString subdivisionCode;  // ISO 3166-2 for US/CA: US-OH, CA-QC
    QString prefectureCode;   // Japanese government: 2 digits
    QString municipalityCode; // Japanese government: 6 digits
    QString city;
    QString address;
    QString website;
    QString email;
    QString phone;
    QString notes;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString display(Language language) const;
    // What lists sort by, the search index's too: the English name in English,
    // else the reading, or the Japanese name with its kana as hiragana.
    QString sortKey(Language language) const;
    FieldErrors validate() const;

    bool operator==(const Organization&) const = default;
};

// Its values, codes and labels (enumtable.h).
const EnumTable<OrganizationKind>& enumTable(OrganizationKind);

struct OrganizationKinds : EnumLabels<OrganizationKind> {
    Q_DECLARE_TR_FUNCTIONS(OrganizationKinds)
public:
};

} // namespace jlgc

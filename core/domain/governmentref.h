#pragma once

#include "domain/fielderror.h"
#include "domain/language.h"
#include "domain/organization.h"

#include <QString>

namespace jlgc {

// The Japanese government behind a record: a prefecture or a municipality
// from the reference data, or another organization (a ministry, CLAIR, a
// council). Exactly one of the three is set on a complete record.
struct GovernmentRef {
    QString prefectureCode;   // 2 digits
    QString municipalityCode; // 6 digits
    OrganizationId organizationId = 0;
    QString nameEn; // filled in when read: "Hyogo", "Kobe, Hyogo", "CLAIR"
    QString nameJa; // "兵庫県", "兵庫県神戸市"

    static GovernmentRef prefecture(const QString& code);
    static GovernmentRef municipality(const QString& code);
    static GovernmentRef organization(OrganizationId id);

    // How many of the three references are set (a complete record has one).
    int partsSet() const;
    bool isEmpty() const { return partsSet() == 0; }
    bool sameAs(const GovernmentRef& other) const;
    QString display(Language language) const;

    // Appends a message when the reference is not exactly one government
    // (or, when not required, more than one).
    void validate(FieldErrors& errors, const QString& field, bool required) const;

    bool operator==(const GovernmentRef&) const = default;
};

} // namespace jlgc

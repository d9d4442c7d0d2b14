#pragma once

#include "domain/fielderror.h"
#include "domain/language.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jlgc {

using CohortId = qint64;

// The CLAIR Fellowship Programme began in 1993.
inline constexpr int FirstCohortYear = 1993;
// Longer than this is taken for a typing mistake (the programme is about ten days).
inline constexpr int MaxProgrammeDays = 60;

// One year's CLAIR Fellowship Programme: about ten days in Japan, first in
// Tokyo (national government) and then in a host prefecture or municipality.
//
// A night is named by the date of its evening. The programme's nights are its
// days from the first to the last, both included: a homestay placement or an
// itinerary item "falls within the programme" when its dates lie between
// programmeStart and programmeEnd.
struct Cohort {
    CohortId id = 0;
    int year = 0;
    QDate programmeStart; // both or neither: a future cohort may have no dates yet
    QDate programmeEnd;
    QDate tokyoStart; // the Tokyo portion, inside the programme
    QDate tokyoEnd;
    QDate hostStart; // the host portion, inside the programme, after Tokyo
    QDate hostEnd;
    // The host: a prefecture, a municipality or both (the municipality then
    // lies in the prefecture). Codes of the reference data.
    QString hostPrefectureCode;   // 2 digits
    QString hostMunicipalityCode; // 6 digits
    QString themeEn;
    QString themeJa;
    QString notes;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasProgrammeDates() const { return programmeStart.isValid() && programmeEnd.isValid(); }
    bool containsDate(const QDate& date) const;
    // Every night of the programme, first day to last; empty without dates.
    QList<QDate> nights() const;
    int programmeDays() const;
    // The prefecture the host area lies in (from the municipality when only
    // that is given), or empty.
    QString hostAreaPrefecture() const;
    QString theme(Language language) const;

    FieldErrors validate() const;

    bool operator==(const Cohort&) const = default;
};

} // namespace jlgc

#pragma once

#include "domain/cohort.h"

#include <QHash>
#include <QString>

namespace jlgc {

class Database;

// The 2019 CLAIR Fellowship cohort hosted by 北茨城市 (Kitaibaraki, Ibaraki):
// fictional fellows from Ohio, Washington and Georgia, a ten-day itinerary,
// host families in Kitaibaraki and their homestays. organizations and people
// are the sample records already added, by short name and by family name.
// That cohort itself, not yet stored: the programme 27 October to 5 November
// 2019 (Tokyo to the 31st, then the host), its host and theme.
Cohort sampleCohort2019();
void addSampleFellowship(Database& db, const QHash<QString, qint64>& organizations,
                         const QHash<QString, qint64>& people);

} // namespace jlgc

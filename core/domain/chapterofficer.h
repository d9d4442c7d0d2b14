#pragma once

#include "domain/enumtable.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace jlgc {

enum class OfficerOffice { President, VicePresident, Treasurer, Secretary, Other };

// Its values, codes and labels (enumtable.h).
const EnumTable<OfficerOffice>& enumTable(OfficerOffice);

struct OfficerOffices : EnumLabels<OfficerOffice> {
    Q_DECLARE_TR_FUNCTIONS(OfficerOffices)
public:
};

// A person's term in an office of a JETAA chapter: one of the roles a person
// plays, so it points at the shared person record.
struct ChapterOfficer {
    qint64 id = 0;
    PersonId personId = 0;
    QString personName; // filled in when read, for display
    OfficerOffice office = OfficerOffice::President;
    QString officeTitle; // what "other" is: webmaster, events chair, …
    QDate termStart;
    QDate termEnd;

    // The office in words: the title given for "other", else the office.
    QString officeLabel() const;
    bool isCurrent(const QDate& today) const
    {
        return (!termStart.isValid() || termStart <= today) &&
               (!termEnd.isValid() || termEnd >= today);
    }
    bool operator==(const ChapterOfficer&) const = default;
};

} // namespace jlgc

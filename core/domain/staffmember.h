#pragma once

#include "domain/enumtable.h"
#include "domain/governmentref.h"
#include "domain/recordref.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace jlgc {

using StaffMemberId = qint64;

enum class StaffKind {
    DispatchedOfficial, // 派遣職員: sent by a Japanese government for a posting
    LocalStaff,         // hired in New York
};

// A person's post in the office. A dispatched official serves a term
// (normally two years) for the government that sent them; when the term is
// over, their successor inherits their records (see HandoverRepository).
struct StaffMember {
    StaffMemberId id = 0;
    PersonRef person;
    StaffKind kind = StaffKind::DispatchedOfficial;
    GovernmentRef sendingGovernment; // dispatched officials only
    QString positionEn;              // "Deputy Director"
    QString positionJa;              // "次長"
    QDate termStart;
    QDate termEnd;
    QString notes;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString display(Language language) const { return person.display(language); }
    bool isDispatched() const { return kind == StaffKind::DispatchedOfficial; }
    // The term is over once its last day has passed.
    bool hasTermEnded(const QDate& today) const { return termEnd.isValid() && termEnd < today; }
    bool isServingOn(const QDate& day) const;
    FieldErrors validate() const;

    // The usual end of a posting that starts on start: two years less a day.
    static QDate suggestedTermEnd(const QDate& start);

    bool operator==(const StaffMember&) const = default;
};

// Its values, codes and labels (enumtable.h).
const EnumTable<StaffKind>& enumTable(StaffKind);

struct StaffKinds : EnumLabels<StaffKind> {
    Q_DECLARE_TR_FUNCTIONS(StaffKinds)
};

} // namespace jlgc

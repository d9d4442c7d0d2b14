#pragma once

#include "domain/chapterofficer.h"
#include "domain/enumtable.h"
#include "domain/fielderror.h"
#include "domain/fiscalyear.h"
#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jlgc {

using ChapterId = qint64;

enum class ChapterStatus { Active, InDevelopment, Inactive };

// Its values, codes and labels (enumtable.h).
const EnumTable<ChapterStatus>& enumTable(ChapterStatus);

struct ChapterStatuses : EnumLabels<ChapterStatus> {
    Q_DECLARE_TR_FUNCTIONS(ChapterStatuses)
public:
};

// The number of members a chapter reported for a (Japanese) fiscal year,
// the figure its funding application gives.
struct ChapterMembership {
    FiscalYear fiscalYear;
    int members = 0;
    bool operator==(const ChapterMembership&) const = default;
};

// A chapter of the JET Alumni Association in the US or Canada, or a
// subchapter of one (parentId set).
struct JetaaChapter {
    ChapterId id = 0;
    QString name;      // JETAA New York
    QString shortName; // JETAANY
    QString country = QStringLiteral("US");
    QString city;
    QString subdivisionCode; // ISO 3166-2: US-NY, CA-BC
    ChapterId parentId = 0;  // 0: a chapter of its own
    QString parentName;      // filled in when read
    ChapterStatus status = ChapterStatus::Active;
    PartialDate founded; // often only the year is known
    QString website;
    QString email;
    QString notes;
    QList<ChapterMembership> memberships; // newest year first when read
    QList<ChapterOfficer> officers;       // current terms first when read
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isSubchapter() const { return parentId > 0; }
    // The members reported for the newest year, or -1 when none was.
    int latestMembers() const;
    QList<ChapterOfficer> currentOfficers(const QDate& today) const;
    // The checks that need no database (the parent's cycle is checked by
    // JetaaRules and the repository).
    FieldErrors validate() const;

    bool operator==(const JetaaChapter&) const = default;
};

} // namespace jlgc

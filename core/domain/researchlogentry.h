#pragma once

#include "domain/enumtable.h"
#include "domain/recordref.h"
#include "domain/researchtopic.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace jlgc {

using ResearchLogEntryId = qint64;

enum class LogKind { Interview, SiteVisit, Conference, Reading, Writing };

// One dated step of research under a topic: whom the official met, what they
// read or wrote, and what came of it.
struct ResearchLogEntry {
    ResearchLogEntryId id = 0;
    ResearchTopicId topicId = 0;
    QString topicTitleEn; // filled in when read
    QString topicTitleJa;
    // Who wrote the entry; after a handover, the topic's owner may differ.
    StaffMemberId author = 0;
    PersonName authorName; // filled in when read
    QDate date;
    LogKind kind = LogKind::Interview;
    QList<OrganizationRef> organizations;
    QList<PersonRef> people;
    QString notes;
    QString outcome;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    FieldErrors validate() const;

    bool operator==(const ResearchLogEntry&) const = default;
};

// Its values, codes and labels (enumtable.h).
const EnumTable<LogKind>& enumTable(LogKind);

struct LogKinds : EnumLabels<LogKind> {
    Q_DECLARE_TR_FUNCTIONS(LogKinds)
public:
};

} // namespace jlgc

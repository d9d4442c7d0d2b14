#pragma once

#include "domain/enumtable.h"
#include "domain/recordref.h"
#include "domain/staffmember.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace jlgc {

using ResearchTopicId = qint64;

enum class TopicStatus { Planned, Active, Paused, Completed };

// A report or article that came out of a topic.
struct ResearchDeliverable {
    qint64 id = 0;
    QString titleEn;
    QString titleJa;
    QDate published;
    QString link;

    QString title(Language language) const;
    bool operator==(const ResearchDeliverable&) const = default;
};

// A subject of US or Canadian public administration (調査テーマ) that a
// dispatched official researches during their posting. Its log entries are
// ResearchLogEntry rows.
struct ResearchTopic {
    ResearchTopicId id = 0;
    StaffMemberId owner = 0;
    PersonName ownerName; // filled in when read
    QDate ownerTermEnd;   // filled in when read
    QString titleEn;
    QString titleJa;
    QString description;
    TopicStatus status = TopicStatus::Planned;
    QDate start;
    QDate end;
    QStringList tags;
    QList<ResearchDeliverable> deliverables;
    int logEntryCount = 0; // filled in when read
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString title(Language language) const;
    // An active topic whose owner's term has ended waits for a successor.
    bool needsHandover(const QDate& today) const;
    FieldErrors validate() const;

    // Tags as the user typed them, trimmed, without empties or repeats.
    static QStringList cleanTags(const QStringList& tags);

    bool operator==(const ResearchTopic&) const = default;
};

// The pure form of the handover rule, for an owner not yet read with the topic.
bool topicNeedsHandover(const ResearchTopic& topic, const StaffMember& owner, const QDate& today);

// Its values, codes and labels (enumtable.h).
const EnumTable<TopicStatus>& enumTable(TopicStatus);

struct TopicStatuses : EnumLabels<TopicStatus> {
    Q_DECLARE_TR_FUNCTIONS(TopicStatuses)
public:
};

} // namespace jlgc

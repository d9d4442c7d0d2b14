#pragma once

#include "common/itemtablemodel.h"
#include "domain/researchtopic.h"

#include <QDate>

namespace jlgc {

// Research topics (調査テーマ). An active topic whose owner's term has ended
// is marked as waiting for a successor.
class TopicTableModel : public ItemTableModel<ResearchTopic> {
    Q_OBJECT
public:
    enum Column { Title, Status, Owner, Start, Entries, Tags, ColumnCount };

    explicit TopicTableModel(QObject* parent = nullptr);

    void setTopics(QList<ResearchTopic> topics, const QDate& today);
    const ResearchTopic* topic(int row) const { return item(row); }

    QVariant itemData(const ResearchTopic& entry, const QModelIndex& index,
                      int role) const override;

private:
    QDate m_today;
};

} // namespace jlgc

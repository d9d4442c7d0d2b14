#pragma once

#include "domain/researchtopic.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jlgc {

// Research topics (調査テーマ). An active topic whose owner's term has ended
// is marked as waiting for a successor.
class TopicTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Status, Owner, Start, Entries, Tags, ColumnCount };

    explicit TopicTableModel(QObject* parent = nullptr);

    void setTopics(QList<ResearchTopic> topics, const QDate& today);
    const ResearchTopic* topic(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<ResearchTopic> m_topics;
    QDate m_today;
};

} // namespace jlgc

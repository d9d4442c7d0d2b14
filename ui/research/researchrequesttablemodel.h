#pragma once

#include "domain/researchrequest.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jlgc {

// Research requests (調査依頼); a request past its due date and still open is
// shown as overdue, in red, in every column.
class ResearchRequestTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Due, Question, From, AssignedTo, Status, Received, ColumnCount };

    explicit ResearchRequestTableModel(QObject* parent = nullptr);

    void setRequests(QList<ResearchRequest> requests, const QDate& today);
    const ResearchRequest* request(int row) const;
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    // "Overdue by 3 days", or the status in words.
    static QString statusText(const ResearchRequest& r, const QDate& today);

private:
    QList<ResearchRequest> m_requests;
    QDate m_today;
};

} // namespace jlgc

#pragma once

#include "common/pagedtablemodel.h"
#include "domain/person.h"

#include <QHash>

namespace jlgc {

// The people of the database as a table, read a page at a time (a million
// people open at once); names follow the UI language and the Name column
// sorts by reading.
class PeopleTableModel : public PagedTableModel {
    Q_OBJECT
public:
    enum Column { Name, Reading, LatinName, Organization, Title, Email, ColumnCount };

    explicit PeopleTableModel(QObject* parent = nullptr);

    const Person* person(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // After a language switch: headers, names and the order change.
    void retranslate();

protected:
    QString orderExpression(int column) const override;
    void loadRecords(const QList<qint64>& ids) const override;
    void dropRecords(const QList<qint64>& ids) const override;

private:
    mutable QHash<qint64, Person> m_people;
};

} // namespace jlgc

#pragma once

#include "domain/person.h"

#include <QAbstractTableModel>

namespace jlgc {

// The people of the database as a table; names follow the UI language and
// the Name column sorts by reading.
class PeopleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Reading, LatinName, Organization, Title, Email, ColumnCount };

    explicit PeopleTableModel(QObject* parent = nullptr);

    void setPeople(QList<Person> people);
    const Person* person(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // After a language switch: headers and names change.
    void retranslate();

private:
    QList<Person> m_people;
};

} // namespace jlgc

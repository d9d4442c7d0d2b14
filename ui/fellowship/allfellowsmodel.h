#pragma once

#include "domain/fellow.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jlgc {

// Every fellow of every cohort, for the look across the years: year, name in
// Latin letters and in Japanese script, home government, state or province,
// the cohort's host prefecture and the fellow's status.
class AllFellowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Year,
        Name,
        NameJapanese,
        Government,
        StateOrProvince,
        HostPrefecture,
        Status,
        ColumnCount
    };

    // Names of what the rows refer to by code, in the UI language's choice.
    struct Names {
        QHash<QString, QString> subdivisions;    // ISO 3166-2 -> name
        QHash<CohortId, QString> hostPrefecture; // cohort -> prefecture code
        QHash<QString, QString> prefecturesEn;   // code -> 茨城県 / Ibaraki
        QHash<QString, QString> prefecturesJa;
    };

    explicit AllFellowsModel(QObject* parent = nullptr);

    void setFellows(QList<Fellow> fellows, Names names);
    const QList<Fellow>& fellows() const { return m_fellows; }
    QString subdivisionName(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QVariant display(const Fellow& f, int column) const;

    QList<Fellow> m_fellows;
    Names m_names;
};

} // namespace jlgc

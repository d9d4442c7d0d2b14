#pragma once

#include "storage/history.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace jlgc {

class Database;

// A record's history: each change with its date, who made it, the field,
// and the old and new value; "Restore this value" writes the chosen old
// value back (as a new change, refused if the record changed meanwhile).
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(Database& db, const QString& table, qint64 recordId, const QString& title,
                  QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }
    // Restores the old value of the chosen row; returns whether it was written.
    bool restoreSelected();
    // Whether a value was restored (the page re-reads the record).
    bool changedRecord() const { return m_changed; }

    // A stored value as the user reads it ("(empty)" for none).
    static QString displayValue(const QJsonValue& value);
    // The field's translated label ("Family name (kanji)"), as the forms name it.
    static QString fieldLabel(const QString& table, const QString& column);

private:
    void fill();

    Database& m_db;
    QString m_tableName;
    qint64 m_recordId;
    int m_version = 0;
    bool m_changed = false;
    struct Row {
        ChangeEntry change;
        QString field;
    };
    QList<Row> m_rows;
    QTableWidget* m_table;
    QPushButton* m_restore;
    QLabel* m_empty;
};

} // namespace jlgc

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace jlgc {

class Database;

// Who else is editing a record now, on an office server (schema version
// 14 on): a form that starts being edited marks its record, saving or
// discarding the edit takes the mark away, and the other colleagues' forms
// showing that record say so ("asato has been editing this record since 10:42").
// A mark whose connection has ended (a window closed or crashed) counts for
// nothing. Saving over a colleague's newer save is still refused by the
// record's version, whatever the marks say. Nothing in a file.
struct EditingMark {
    QString who;     // the staff member's name when chosen, else the login
    QDateTime since; // UTC
};

class EditingMarks {
    Q_DECLARE_TR_FUNCTIONS(EditingMarks)
public:
    explicit EditingMarks(Database& db) : m_db(db) {}

    bool available() const;
    // This connection edits the record / no longer does. Each announces it
    // to the colleagues listening (ChangeNotifier::editingChanged).
    void claim(const QString& table, qint64 id);
    void release(const QString& table, qint64 id);
    // The first other connection editing the record, if any.
    std::optional<EditingMark> otherEditor(const QString& table, qint64 id) const;
    // "asato has been editing this record since 10:42." in the user's language.
    static QString describe(const EditingMark& mark);

    // On an office server: the marks' table.
    static void createTable(Database& server);
    static constexpr int Version = 14;

private:
    // Runs `change` (common table expressions over :t, :id and :s, with
    // `more` bound too) and tells the colleagues listening.
    void changeAndTell(const QString& change, const QString& table, qint64 id,
                       const QList<std::pair<QString, QVariant>>& more = {});
    Database& m_db;
};

} // namespace jlgc

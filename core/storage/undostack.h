#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace jlgc {

class Database;

// Undo and redo of the edits saved in this session (one open Database),
// built on the history: undoing writes the old values back as a new change
// with a new row version, redoing writes the new ones again. Both check the
// row version, so an edit made meanwhile by someone else is never overwritten
// (Conflict).
class UndoStack {
    Q_DECLARE_TR_FUNCTIONS(UndoStack)
public:
    explicit UndoStack(Database& db);

    // Takes in the session's edits saved since the last call (a new edit
    // clears what could be redone).
    void sync();
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    // "Undo: email of a person" for the menu.
    QString undoText() const;
    QString redoText() const;
    // The record changed, to show it: table and id.
    QString lastTable() const { return m_lastTable; }
    qint64 lastRecordId() const { return m_lastRecordId; }

    // Throw StorageError (Conflict, NotFound); the stacks are unchanged then.
    void undo();
    void redo();

private:
    struct Step {
        QString table;
        qint64 recordId = 0;
        QJsonObject before;
        QJsonObject after;
    };
    static QString describe(const Step& step);

    Database& m_db;
    qint64 m_seen = 0;
    QList<Step> m_undo;
    QList<Step> m_redo;
    // The row version of each record after this session's latest write to it:
    // undo and redo expect it, so that an edit by someone else in between is
    // never overwritten.
    QHash<QPair<QString, qint64>, int> m_versions;
    QString m_lastTable;
    qint64 m_lastRecordId = 0;
};

} // namespace jlgc

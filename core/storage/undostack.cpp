#include "storage/undostack.h"

#include "storage/database.h"
#include "storage/fieldlabels.h"
#include "storage/history.h"
#include "storage/recordkinds.h"

namespace jlgc {

UndoStack::UndoStack(Database& db) : m_db(db)
{
    m_seen = History(m_db).lastChangeId();
}

void UndoStack::sync()
{
    const QList<ChangeEntry> changes = History(m_db).sessionChangesAfter(m_db.session(), m_seen);
    for (const ChangeEntry& c : changes) {
        m_seen = c.id;
        if (c.action != QLatin1String("update"))
            continue;
        m_versions.insert({c.table, c.recordId}, c.newRowVersion());
        Step step{c.table, c.recordId, {}, {}};
        for (const QString& f : c.changedFields()) {
            step.before.insert(f, c.oldValues.value(f));
            step.after.insert(f, c.newValues.value(f));
        }
        if (step.before.isEmpty())
            continue;
        m_undo << step;
        m_redo.clear();
    }
}

QString UndoStack::describe(const Step& step)
{
    QStringList fields;
    for (const QString& f : step.before.keys())
        fields << FieldLabels::label(step.table, f);
    // "Undo Edit of Phone (People)": the fields as the form names them, and
    // the page they were edited on.
    return tr("Edit of %1 (%2)", "Edit → Undo …: fields and the kind of record")
        .arg(fields.join(QStringLiteral(", ")), RecordKinds::labelForTable(step.table));
}

QString UndoStack::undoText() const
{
    return m_undo.isEmpty() ? QString() : describe(m_undo.last());
}

QString UndoStack::redoText() const
{
    return m_redo.isEmpty() ? QString() : describe(m_redo.last());
}

void UndoStack::undo()
{
    if (m_undo.isEmpty())
        return;
    sync();
    const Step step = m_undo.last();
    History history(m_db);
    const QPair<QString, qint64> key{step.table, step.recordId};
    m_versions.insert(
        key, history.writeValues(step.table, step.recordId, step.before, m_versions.value(key)));
    m_seen = history.lastChangeId(); // our own write is not a new edit
    m_undo.removeLast();
    m_redo << step;
    m_lastTable = step.table;
    m_lastRecordId = step.recordId;
}

void UndoStack::redo()
{
    if (m_redo.isEmpty())
        return;
    sync();
    if (m_redo.isEmpty())
        return;
    const Step step = m_redo.last();
    History history(m_db);
    const QPair<QString, qint64> key{step.table, step.recordId};
    m_versions.insert(
        key, history.writeValues(step.table, step.recordId, step.after, m_versions.value(key)));
    m_seen = history.lastChangeId();
    m_redo.removeLast();
    m_undo << step;
    m_lastTable = step.table;
    m_lastRecordId = step.recordId;
}

} // namespace jlgc

// RecordPage on an office server: the record being edited is marked for the
// colleagues (EditingMarks), and a colleague's edit of the record shown is
// said above the form. A mark is a courtesy: saving over a colleague's newer
// save is refused by the record's version whatever the marks say.
#include "common/recordpage.h"
#include "storage/database.h"
#include "storage/editingmarks.h"

#include <QLabel>

namespace jlgc {

void RecordPage::updateEditingMark()
{
    if (!m_db || !m_db->hasOfficeRoles())
        return;
    const QString table = historyTableName();
    const qint64 id = !m_isNew && m_currentId.isValid() ? m_currentId.toLongLong() : 0;
    const bool editing = m_dirty && id > 0 && !table.isEmpty();
    try {
        EditingMarks marks(*m_db);
        if (m_markedId > 0 && (!editing || m_markedId != id || m_markedTable != table)) {
            const qint64 marked = std::exchange(m_markedId, 0);
            marks.release(m_markedTable, marked);
        }
        if (editing && m_markedId == 0) {
            marks.claim(table, id);
            m_markedTable = table;
            m_markedId = id;
        }
    } catch (const StorageError&) {
        // Not marked (the connection is gone): the save still checks the version.
    }
}

void RecordPage::showOtherEditor()
{
    const QString table = historyTableName();
    const qint64 id = !m_isNew && m_currentId.isValid() ? m_currentId.toLongLong() : 0;
    std::optional<EditingMark> other;
    if (m_db && m_db->hasOfficeRoles() && id > 0 && !table.isEmpty()) {
        try {
            other = EditingMarks(*m_db).otherEditor(table, id);
        } catch (const StorageError&) {
            // Not known now: nothing said.
        }
    }
    m_editingBanner->setText(other ? EditingMarks::describe(*other) : QString());
    m_editingBanner->setVisible(other.has_value());
}

void RecordPage::colleagueEditing(const QString& table, qint64 id)
{
    if (table == historyTableName() && m_currentId.isValid() && m_currentId.toLongLong() == id)
        showOtherEditor();
}

} // namespace jlgc

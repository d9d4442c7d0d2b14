// RecordPage, the record's history: the History… window, and what a save
// that conflicts with another user's shows and keeps (recordpage.cpp holds the
// list and the form).
#include "common/fieldform.h"
#include "common/recordpage.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "datasafety/historydialog.h"
#include "domain/datetext.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/history.h"

#include <QLineEdit>
#include <QLocale>
#include <QMetaProperty>

namespace jlgc {

QString RecordPage::historyTableName() const
{
    const QString kind = searchKind();
    if (kind.isEmpty())
        return {};
    for (const SearchSource& s : SearchIndex::sources())
        if (kind == s.kind)
            return s.table;
    return {};
}

void RecordPage::noteLoaded()
{
    m_loadedValues = fieldValues();
    m_loadedChangeId = 0;
    if (!m_db || historyTableName().isEmpty())
        return;
    try {
        const QList<ChangeEntry> changes =
            History(*m_db).forRecord(historyTableName(), m_currentId.toLongLong());
        m_loadedChangeId = changes.isEmpty() ? 0 : changes.first().id;
    } catch (const StorageError&) {
        // An older file without history: nothing to compare with.
    }
}

QString RecordPage::describeOtherChanges() const
{
    if (!m_db || historyTableName().isEmpty() || !m_currentId.isValid())
        return {};
    QStringList lines;
    try {
        const QList<ChangeEntry> changes =
            History(*m_db).forRecord(historyTableName(), m_currentId.toLongLong());
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            if (it->id <= m_loadedChangeId || it->session == m_db->session())
                continue;
            lines << tr("%1, %2:").arg(
                DateText::dateTime(it->changedAt.toLocalTime(), uiLanguage()), it->who());
            for (const QString& f : it->changedFields())
                lines << QStringLiteral("  %1: %2 → %3")
                             .arg(HistoryDialog::fieldLabel(historyTableName(), f),
                                  HistoryDialog::displayValue(it->oldValues.value(f)),
                                  HistoryDialog::displayValue(it->newValues.value(f)));
        }
    } catch (const StorageError&) {
        return {};
    }
    if (lines.isEmpty())
        return {};
    return tr("What they changed since you opened the record (the value you saw → their value):") +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

void RecordPage::showHistory()
{
    if (!m_db || !m_currentId.isValid() || m_isNew || historyTableName().isEmpty() || !maybeSave())
        return;
    HistoryDialog dialog(*m_db, historyTableName(), m_currentId.toLongLong(), describeCurrent(),
                         this);
    dialog.exec();
    if (dialog.changedRecord()) {
        m_dirty = true;
        revert();
        refreshList();
        emit dataChanged();
    }
}

QHash<QObject*, QVariant> RecordPage::fieldValues() const
{
    // Every field of the form: a picker by its key and label, any other
    // widget by its main (USER) property; parts of such widgets (the line
    // edit inside a date field or a picker) are not fields of their own.
    QHash<QObject*, QVariant> values;
    const QList<QWidget*> widgets = m_form->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        bool part = false;
        for (QWidget* p = w->parentWidget(); p && p != m_form; p = p->parentWidget())
            if (qobject_cast<SearchPicker*>(p) || p->metaObject()->userProperty().isValid())
                part = true;
        if (part)
            continue;
        if (auto* picker = qobject_cast<SearchPicker*>(w))
            values.insert(w, QVariantList{picker->currentKey(), picker->lineEdit()->text()});
        else if (const QMetaProperty user = w->metaObject()->userProperty(); user.isValid())
            values.insert(w, user.read(w));
    }
    return values;
}

bool RecordPage::keepMyChanges()
{
    const QHash<QObject*, QVariant> mine = fieldValues();
    const QHash<QObject*, QVariant> base = m_loadedValues;
    m_form->setLoading(true);
    loadRecord(m_currentId); // their version (and its row version)
    noteLoaded();
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (base.value(it.key()) == it.value())
            continue; // not edited by the user: their value stays
        if (auto* picker = qobject_cast<SearchPicker*>(it.key())) {
            const QVariantList v = it.value().toList();
            picker->setCurrent(v.value(0), v.value(1).toString());
        } else if (QWidget* w = qobject_cast<QWidget*>(it.key())) {
            w->metaObject()->userProperty().write(w, it.value());
        }
    }
    m_form->setLoading(false);
    setDirty(true);
    return save();
}

} // namespace jlgc

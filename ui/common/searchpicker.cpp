#include "common/searchpicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace jlgc {

namespace {
constexpr int LabelRole = Qt::UserRole + 100;
}

SearchPicker::SearchPicker(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_completer(new QCompleter(this)),
      m_model(new QStandardItemModel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(true);

    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(LabelRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.isEmpty()) {
            if (hasCurrent()) {
                m_key = QVariant();
                m_label.clear();
                emit currentChanged(m_key);
            }
            return;
        }
        if (search(text) > 0)
            m_completer->complete();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { chooseMatch(index.row()); });
    connect(m_edit, &QLineEdit::editingFinished, this, &SearchPicker::finishEditing);
}

void SearchPicker::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void SearchPicker::setCurrent(const QVariant& key, const QString& label)
{
    m_key = key;
    m_label = key.isValid() ? label : QString();
    m_edit->setText(m_label);
    m_edit->setCursorPosition(0);
}

int SearchPicker::search(const QString& text)
{
    m_items = m_provider ? m_provider(text) : QList<PickerItem>{};
    m_model->clear();
    for (const PickerItem& item : m_items) {
        auto* row = new QStandardItem(
            item.detail.isEmpty() ? item.label : item.label + QStringLiteral("   ") + item.detail);
        row->setData(item.label, LabelRole);
        row->setToolTip(item.detail);
        m_model->appendRow(row);
    }
    return int(m_items.size());
}

void SearchPicker::chooseMatch(int n)
{
    if (n < 0 || n >= m_items.size())
        return;
    const PickerItem item = m_items.at(n);
    const bool changed = item.key != m_key;
    setCurrent(item.key, item.label);
    if (changed)
        emit currentChanged(m_key);
}

void SearchPicker::finishEditing()
{
    const QString text = m_edit->text();
    if (text == m_label)
        return;
    if (text.trimmed().isEmpty()) {
        if (hasCurrent()) {
            setCurrent({}, {});
            emit currentChanged(m_key);
        }
        return;
    }
    // Typed text that names exactly one record chooses it; anything else
    // goes back to what was chosen before, so no free text is kept.
    if (m_completer->popup() && m_completer->popup()->isVisible())
        return;
    if (search(text) == 1)
        chooseMatch(0);
    else
        m_edit->setText(m_label);
}

} // namespace jlgc

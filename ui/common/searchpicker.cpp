#include "common/searchpicker.h"

#include "search/textnormalizer.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <algorithm>

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
    // Enter with nothing chosen in the list: what was typed decides (one
    // match, or the one exact match such as "VA" or "hyogo").
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        QAbstractItemView* list = m_completer->popup();
        if (!list || !list->isVisible())
            return;
        const QModelIndex chosen = list->currentIndex();
        list->hide();
        if (chosen.isValid() && list->selectionModel()->isSelected(chosen))
            chooseMatch(chosen.row());
        else
            finishEditing();
    });
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

int SearchPicker::rank(const QString& text, const PickerItem& item)
{
    // 0: the text is the item's name, short name or code ("NLC", "VA");
    // 1: a name or word of it begins with the text; 2: anything else found.
    const QString q = normalizeForSearch(text).simplified();
    if (q.isEmpty())
        return 2;
    QStringList whole = {item.label};
    whole << item.keys;
    for (const QString& w :
         item.detail.split(QRegularExpression(QStringLiteral("\\s{2,}|[·()]")), Qt::SkipEmptyParts))
        whole << w.trimmed();
    int best = 2;
    for (const QString& w : std::as_const(whole)) {
        const QString f = normalizeForSearch(w).simplified();
        if (f.isEmpty())
            continue;
        if (f == q)
            return 0;
        if (f.startsWith(q))
            best = 1;
        else
            for (const QString& part : f.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (part.startsWith(q))
                    best = 1;
    }
    return best;
}

int SearchPicker::search(const QString& text)
{
    m_items = m_provider ? m_provider(text) : QList<PickerItem>{};
    // The exact match first, then names that begin with the text, then the
    // rest, each group in the provider's order: Enter takes the first.
    QList<std::pair<int, PickerItem>> ranked;
    for (const PickerItem& item : std::as_const(m_items))
        ranked.push_back({rank(text, item), item});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    m_items.clear();
    for (const auto& r : std::as_const(ranked))
        m_items << r.second;
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
    // One match, or one that is exactly what was typed ("VA"), is chosen.
    const int found = search(text);
    if (found == 1 ||
        (found > 1 && rank(text, m_items.front()) == 0 && rank(text, m_items.at(1)) > 0))
        chooseMatch(0);
    else
        m_edit->setText(m_label);
}

} // namespace jlgc

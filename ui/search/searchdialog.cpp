#include "search/searchdialog.h"

#include "common/uilanguage.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
} // namespace

SearchDialog::SearchDialog(Database* db, QWidget* parent)
    : QDialog(parent), m_db(db), m_query(new QLineEdit), m_results(new QTreeWidget),
      m_status(new QLabel), m_timer(new QTimer(this))
{
    setWindowTitle(tr("Find Anything"));
    auto* layout = new QVBoxLayout(this);
    m_query->setPlaceholderText(
        tr("Type any name or text: kanji, kana, romaji or English (e.g. 山田, やまだ, yamada)"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    layout->addWidget(m_query);
    m_results->setHeaderHidden(true);
    m_results->setColumnCount(2);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_query, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { choose(item); });
    resize(640, 480);
}

void SearchDialog::searchNow()
{
    m_timer->stop();
    m_results->clear();
    const QString text = m_query->text().trimmed();
    if (!m_db || text.isEmpty()) {
        m_status->clear();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    QList<SearchHit> hits;
    try {
        hits = SearchIndex(*m_db).search(text, uiLanguage(), 200);
    } catch (const StorageError& e) {
        m_status->setText(e.message());
        return;
    }
    QTreeWidgetItem* group = nullptr;
    QTreeWidgetItem* first = nullptr;
    QString kind;
    for (const SearchHit& h : hits) {
        if (h.kind != kind) {
            kind = h.kind;
            group = new QTreeWidgetItem(m_results, {SearchIndex::kindLabel(kind)});
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        auto* item = new QTreeWidgetItem(m_results, {QStringLiteral("    ") + h.title, h.subtitle});
        item->setData(0, KindRole, h.kind);
        item->setData(0, IdRole, h.id);
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        if (!first)
            first = item;
    }
    if (first)
        m_results->setCurrentItem(first);
    m_results->resizeColumnToContents(0);
    m_status->setText(hits.isEmpty() ? tr("Nothing found.")
                                     : tr("%n result(s)", nullptr, int(hits.size())) +
                                           QStringLiteral(" · %1 ms").arg(clock.elapsed()));
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up, Down and Enter work from the search field.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_timer->isActive())
                searchNow();
            choose(m_results->currentItem());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::choose(QTreeWidgetItem* item)
{
    if (!item || !item->data(0, KindRole).isValid())
        return;
    emit recordChosen(item->data(0, KindRole).toString(), item->data(0, IdRole));
    accept();
}

} // namespace jlgc

#include "research/handoverpage.h"

#include "common/alertcolor.h"
#include "common/itemroles.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "research/staffpickers.h"
#include "storage/handoverrepository.h"
#include "storage/storageerror.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {
QString shortDate(const QDate& d)
{
    return DateText::date(d, uiLanguage());
}
} // namespace

HandoverPage::HandoverPage(QWidget* parent)
    : Page(parent), m_today(QDate::currentDate()), m_awaitingLabel(new QLabel),
      m_awaiting(new QListWidget), m_officialLabel(new QLabel), m_picker(new SearchPicker),
      m_summary(new QLabel), m_tree(new QTreeWidget), m_successorLabel(new QLabel),
      m_successor(new SearchPicker), m_handOver(new QPushButton)
{
    setObjectName(QStringLiteral("handoverPage"));
    const DatabaseGetter getDb = [this] { return m_db; };
    m_picker->setProvider(staffpickers::staff(getDb, true));
    m_successor->setProvider(staffpickers::staff(getDb, true));

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    m_awaitingLabel->setWordWrap(true);
    leftLayout->addWidget(m_awaitingLabel);
    leftLayout->addWidget(m_awaiting, 1);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    auto* top = new QHBoxLayout;
    top->addWidget(m_officialLabel);
    top->addWidget(m_picker, 1);
    rightLayout->addLayout(top);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    rightLayout->addWidget(m_summary);
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    rightLayout->addWidget(m_tree, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_successorLabel);
    bottom->addWidget(m_successor, 1);
    bottom->addWidget(m_handOver);
    rightLayout->addLayout(bottom);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 900});
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    connect(m_picker, &SearchPicker::currentChanged, this,
            [this](const QVariant& key) { showOfficial(key.toLongLong()); });
    // The list is rebuilt when an official is shown: do it after the click.
    connect(m_awaiting, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const StaffMemberId id = item->data(Qt::UserRole).toLongLong();
        QMetaObject::invokeMethod(
            this, [this, id] { showOfficial(id); }, Qt::QueuedConnection);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, IdRole).isValid())
            emit recordRequested(item->data(0, KindRole).toString(), item->data(0, IdRole));
    });
    connect(m_handOver, &QPushButton::clicked, this,
            [this] { handOverTo(m_successor->currentKey().toLongLong()); });
    retranslate();
}

QString HandoverPage::pageTitle()
{
    return tr("Handover");
}

void HandoverPage::setDatabase(Database* db)
{
    m_db = db;
    m_official = 0;
    m_picker->clear();
    m_successor->clear();
    refresh();
}

void HandoverPage::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void HandoverPage::showEvent(QShowEvent* event)
{
    // Other pages may have changed what the official owns.
    refresh();
    Page::showEvent(event);
}

void HandoverPage::showOfficial(StaffMemberId official)
{
    m_official = official;
    if (m_picker->currentKey().toLongLong() != official)
        m_picker->setCurrent(official > 0 ? QVariant(official) : QVariant(),
                             staffpickers::staffLabel(m_db, official));
    refresh();
}

void HandoverPage::refresh()
{
    const Language lang = uiLanguage();
    m_awaiting->clear();
    m_tree->clear();
    m_summary->clear();
    m_handOver->setEnabled(false);
    if (!m_db)
        return;
    HandoverRepository repo(*m_db);
    for (const StaffMember& s : repo.officialsAwaitingHandover(m_today)) {
        auto* item = new QListWidgetItem(
            tr("%1 (term ended %2)").arg(s.display(lang), shortDate(s.termEnd)));
        item->setData(Qt::UserRole, s.id);
        item->setBackground(staffpickers::warningBackground());
        m_awaiting->addItem(item);
    }
    if (m_official <= 0) {
        showChoiceHint();
        return;
    }
    // An official's work is read off the window's thread (a large office:
    // a quarter of a second); a newer choice drops an older one's result.
    readAside(
        m_db,
        [official = m_official, today = m_today](Database& db) {
            const std::optional<Handover> h = HandoverRepository(db).handover(official, today);
            return h ? QVariant::fromValue(*h) : QVariant();
        },
        [this](const QVariant& result) {
            if (result.isValid())
                showHandover(result.value<Handover>());
        });
}

void HandoverPage::showHandover(const Handover& handover)
{
    const Language lang = uiLanguage();
    m_tree->clear();
    const Handover* h = &handover;

    const auto group = [this](const QString& title, qsizetype n) {
        auto* g = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(title).arg(n)});
        QFont f = g->font(0);
        f.setBold(true);
        g->setFont(0, f);
        g->setExpanded(true);
        g->setFirstColumnSpanned(true);
        return g;
    };
    const auto paint = [](QTreeWidgetItem* item, const QColor& fg, const QColor& bg) {
        for (int c = 0; c < 4; ++c) {
            if (fg.isValid())
                item->setForeground(c, fg);
            if (bg.isValid())
                item->setBackground(c, bg);
        }
    };

    // Each line knows its record: a double click (or Enter) opens it.
    const auto opens = [](QTreeWidgetItem* item, const char* kind, qint64 id) {
        item->setData(0, KindRole, QLatin1String(kind));
        item->setData(0, IdRole, id);
        return item;
    };
    QTreeWidgetItem* topics = group(tr("Research topics"), h->topics.size());
    for (const ResearchTopic& t : h->topics) {
        const bool flagged = t.needsHandover(m_today);
        auto* item =
            opens(new QTreeWidgetItem(
                      topics, {t.title(lang),
                               flagged ? tr("Needs a successor") : TopicStatuses::label(t.status),
                               shortDate(t.start), tr("Log entries: %1").arg(t.logEntryCount)}),
                  "research_topic", t.id);
        if (flagged)
            paint(item, {}, staffpickers::warningBackground());
    }
    QTreeWidgetItem* log = group(tr("Research log"), h->logEntries.size());
    for (const ResearchLogEntry& e : h->logEntries)
        opens(new QTreeWidgetItem(
                  log, {e.notes.simplified().left(120), LogKinds::label(e.kind), shortDate(e.date),
                        lang == Language::Japanese && !e.topicTitleJa.isEmpty()
                            ? e.topicTitleJa
                            : (e.topicTitleEn.isEmpty() ? e.topicTitleJa : e.topicTitleEn)}),
              "research_log", e.id);
    QTreeWidgetItem* requests = group(tr("Research requests"), h->requests.size());
    for (const ResearchRequest& r : h->requests) {
        auto* item = opens(
            new QTreeWidgetItem(requests, {r.question(lang).simplified().left(120),
                                           RequestStatuses::text(r, m_today), shortDate(r.due),
                                           r.requestingGovernment.display(lang)}),
            "research_request", r.id);
        if (r.isOverdue(m_today))
            paint(item, alertColor(), {});
    }
    QTreeWidgetItem* delegations = group(tr("Delegations"), h->delegations.size());
    for (const Delegation& d : h->delegations)
        opens(new QTreeWidgetItem(delegations,
                                  {d.display(lang), DelegationStatuses::label(d.status),
                                   shortDate(d.arrival), d.sendingGovernment.display(lang)}),
              "delegation", d.id);
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(0, qMin(m_tree->columnWidth(0), 420));

    const int waiting = int(h->topicsNeedingHandover(m_today).size());
    QString summary;
    if (h->official.hasTermEnded(m_today))
        summary =
            tr("The term of %1 ended on %2.")
                .arg(h->official.display(lang), DateText::date(h->official.termEnd, uiLanguage()));
    else if (h->official.termEnd.isValid())
        summary =
            tr("%1 serves until %2.")
                .arg(h->official.display(lang), DateText::date(h->official.termEnd, uiLanguage()));
    summary += QLatin1Char(' ') + tr("%n open item(s) to hand over", nullptr, h->openItemCount());
    if (waiting > 0)
        summary += QLatin1Char(' ') +
                   tr("(%n active topic(s) waiting for a successor).", nullptr, waiting);
    m_summary->setText(summary);
    m_handOver->setEnabled(h->openItemCount() > 0);
}

bool HandoverPage::handOverTo(StaffMemberId successor, bool ask)
{
    if (!m_db || m_official <= 0)
        return false;
    if (successor <= 0) {
        QMessageBox::information(this, tr("Handover"), tr("Choose the successor first."));
        return false;
    }
    if (ask && QMessageBox::question(this, tr("Handover"),
                                     tr("Give %1 the open topics, open requests and open "
                                        "delegations (those not completed or "
                                        "cancelled) of %2?")
                                         .arg(staffpickers::staffLabel(m_db, successor),
                                              staffpickers::staffLabel(m_db, m_official)),
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) != QMessageBox::Yes)
        return false;
    try {
        const HandoverTransfer moved = HandoverRepository(*m_db).transfer(m_official, successor);
        emit statusMessage(tr("Handed over. Topics: %1; requests: %2; delegations: %3.")
                               .arg(moved.topics)
                               .arg(moved.requests)
                               .arg(moved.delegations));
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Handover"), e.message());
        return false;
    }
    emit dataChanged();
    refresh();
    return true;
}

void HandoverPage::showChoiceHint()
{
    // Until an official is chosen the table is empty: say what fills it.
    m_summary->setText(
        m_awaiting->count() > 0
            ? tr("Choose a dispatched official, above or from the list on the left, to see the "
                 "research topics, requests and delegations they hand over.")
            : tr("Choose a dispatched official above to see the research topics, requests and "
                 "delegations they hand over."));
}

void HandoverPage::retranslate()
{
    m_awaitingLabel->setText(tr("Officials whose term has ended with active topics:"));
    m_officialLabel->setText(tr("Official:"));
    m_picker->setPlaceholderText(tr("Type a dispatched official's name…"));
    m_tree->setHeaderLabels({tr("Record"), tr("Status"), tr("Date"), tr("Details")});
    m_successorLabel->setText(tr("Successor:"));
    m_successor->setPlaceholderText(tr("Type the successor's name…"));
    m_handOver->setText(tr("Hand over…"));
    if (m_official <= 0)
        showChoiceHint();
}

void HandoverPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    Page::changeEvent(event);
}

} // namespace jlgc

#include "research/myresearchpage.h"

#include "common/columnfitter.h"
#include "common/datefield.h"
#include "common/detailtable.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/listcelldelegate.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "research/logentrydialog.h"
#include "research/staffpickers.h"
#include "research/topictablemodel.h"
#include "storage/researchlogrepository.h"
#include "storage/researchtopicrepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {
const char* const MeKey = "research/me";

QTableWidget* makeTable(int columns)
{
    auto* t = new QTableWidget(0, columns);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->setItemDelegate(new ListCellDelegate(t));
    ColumnFitter::install(t); // never wider than the form
    return t;
}
} // namespace

MyResearchPage::MyResearchPage(QWidget* parent)
    : KindPage(QStringLiteral("myResearch"), QStringLiteral("research_topic"),
               QT_TR_NOOP("New research topic"), parent),
      m_meLabel(new QLabel), m_me(new SearchPicker), m_titleJa(new QLineEdit),
      m_titleEn(new QLineEdit), m_owner(new SearchPicker), m_status(new QComboBox),
      m_start(new DateField), m_end(new DateField), m_tags(new QLineEdit),
      m_description(shortTextEdit(90)), m_reportBox(new QGroupBox), m_reportTable(makeTable(4)),
      m_addReport(new QPushButton), m_removeReport(new QPushButton), m_logBox(new QGroupBox),
      m_logTable(makeTable(5)), m_addLog(new QPushButton), m_editLog(new QPushButton),
      m_removeLog(new QPushButton)
{
    setObjectName(QStringLiteral("myResearchPage"));
    const DatabaseGetter getDb = [this] { return database(); };
    m_me->setProvider(staffpickers::staff(getDb, true));
    m_me->setMinimumWidth(200);
    m_me->setObjectName(QStringLiteral("me"));
    filterBar()->addWidget(m_meLabel);
    filterBar()->addWidget(m_me);
    // Chosen once, remembered: the official is kept in the settings.
    connect(m_me, &SearchPicker::currentChanged, this, [this](const QVariant& key) {
        QSettings().setValue(QLatin1String(MeKey), key.toLongLong());
        refreshList();
    });

    m_owner->setProvider(staffpickers::staff(getDb, true));
    for (TopicStatus s : TopicStatuses::all())
        m_status->addItem(QString(), TopicStatuses::code(s));
    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("topic"), nullptr, QT_TR_NOOP("Research topic")},
        {QStringLiteral("titleJa"), m_titleJa, nullptr},
        {QStringLiteral("titleEn"), m_titleEn, nullptr},
        {QStringLiteral("owner"), m_owner, QT_TR_NOOP("Official")},
        {QStringLiteral("status"), m_status, QT_TR_NOOP("Status")},
        {QStringLiteral("start"), m_start, QT_TR_NOOP("Started")},
        {QStringLiteral("end"), m_end, QT_TR_NOOP("Finished")},
        {QStringLiteral("tags"), m_tags, QT_TR_NOOP("Tags")},
        {QStringLiteral("description"), m_description, QT_TR_NOOP("Description")},
    });
    m_end->setContext([this] { return m_start->value(); });
    m_titleJa->setObjectName(QStringLiteral("titleJa"));
    m_titleEn->setObjectName(QStringLiteral("titleEn"));

    // Reports that came out of the topic, typed into the table.
    auto* reports = new QVBoxLayout(m_reportBox);
    m_reportTable->setMaximumHeight(110);
    reports->addWidget(m_reportTable);
    auto* reportButtons = new QHBoxLayout;
    reportButtons->addWidget(m_addReport);
    reportButtons->addWidget(m_removeReport);
    reportButtons->addStretch(1);
    // The buttons above the list: in sight without scrolling the form.
    reports->insertLayout(reports->indexOf(m_reportTable), reportButtons);
    connect(m_reportTable, &QTableWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_addReport, &QPushButton::clicked, this, [this] {
        m_reportTable->insertRow(m_reportTable->rowCount());
        m_reportTable->setCurrentCell(m_reportTable->rowCount() - 1, 0);
        m_reportTable->editItem(m_reportTable->currentItem());
        setDirty(true);
    });
    enableWhileChosen(m_reportTable, {m_removeReport});
    connect(m_removeReport, &QPushButton::clicked, this, [this] {
        if (m_reportTable->currentRow() >= 0) {
            m_reportTable->removeRow(m_reportTable->currentRow());
            setDirty(true);
        }
    });

    // The log: saved entry by entry, oldest first.
    auto* log = new QVBoxLayout(m_logBox);
    m_logTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logTable->setMinimumHeight(160);
    m_addLog->setObjectName(QStringLiteral("addLogEntry"));
    log->addWidget(m_logTable);
    auto* logButtons = new QHBoxLayout;
    logButtons->addWidget(m_addLog);
    logButtons->addWidget(m_editLog);
    logButtons->addWidget(m_removeLog);
    logButtons->addStretch(1);
    // The buttons above the list: in sight without scrolling the form.
    log->insertLayout(log->indexOf(m_logTable), logButtons);
    detailArea()->addWidget(m_logBox);
    detailArea()->addWidget(m_reportBox);
    connect(m_addLog, &QPushButton::clicked, this, [this, getDb] {
        if (m_loaded.id <= 0) {
            QMessageBox::information(this, tr("Research log"),
                                     tr("Save the topic first, then add to its log."));
            return;
        }
        ResearchLogEntry e;
        e.topicId = m_loaded.id;
        e.author = me() > 0 ? me() : m_loaded.owner;
        LogEntryDialog dialog(getDb, e, this);
        if (dialog.exec() == QDialog::Accepted)
            logChanged();
    });
    // Entries are edited and removed once the topic is saved.
    m_updateLogButtons =
        enableWhileChosen(m_logTable, {m_editLog, m_removeLog}, [this] { return m_loaded.id > 0; });
    connect(m_editLog, &QPushButton::clicked, this,
            [this] { editLogEntry(m_logTable->currentRow()); });
    connect(m_logTable, &QTableWidget::cellDoubleClicked, this,
            [this](int r, int) { editLogEntry(r); });
    connect(m_removeLog, &QPushButton::clicked, this, [this] {
        const int r = m_logTable->currentRow();
        if (r < 0 || r >= m_log.size())
            return;
        if (QMessageBox::question(this, tr("Research log"), tr("Remove this log entry?"),
                                  QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes)
            return;
        ResearchLogRepository(*database()).remove(m_log[r].id);
        logChanged();
    });
    retranslate();
}

QString MyResearchPage::pageTitle()
{
    return tr("My research");
}

StaffMemberId MyResearchPage::me() const
{
    return m_me->currentKey().toLongLong();
}

void MyResearchPage::setMe(StaffMemberId official)
{
    m_me->setCurrent(official > 0 ? QVariant(official) : QVariant(),
                     staffpickers::staffLabel(database(), official));
    QSettings().setValue(QLatin1String(MeKey), official);
    refreshList();
}

void MyResearchPage::reload()
{
    if (!database()) {
        m_model->setTopics({}, QDate::currentDate());
        return;
    }
    if (!m_me->hasCurrent()) {
        const qint64 remembered = QSettings().value(QLatin1String(MeKey)).toLongLong();
        const QString label = staffpickers::staffLabel(database(), remembered);
        if (!label.isEmpty())
            m_me->setCurrent(remembered, label);
    }
    ResearchTopicFilter filter;
    filter.owner = me();
    readShortList(
        [filter](Database& db) {
            return QVariant::fromValue(ResearchTopicRepository(db).list(filter));
        },
        [this](const QVariant& topics) {
            m_model->setTopics(topics.value<QList<ResearchTopic>>(), QDate::currentDate());
        });
}

bool MyResearchPage::showTopic(ResearchTopicId topicId)
{
    // Another official's topic (from the handover, Find Anything): the list
    // shows everyone's to show it. Decided by the topic's owner, not by the
    // list shown, which may still be being read.
    const auto topic =
        database() ? ResearchTopicRepository(*database()).find(topicId) : std::nullopt;
    if (!topic)
        return false;
    if (me() > 0 && topic->owner != me())
        return showEveryone(topicId);
    return revealRecord(topicId) || showEveryone(topicId);
}

bool MyResearchPage::showRecord(const QString& kind, const QVariant& id)
{
    if (kind == QLatin1String("research_topic"))
        return showTopic(id.toLongLong());
    if (kind != QLatin1String("research_log"))
        return RecordPage::showRecord(kind, id);
    if (!database())
        return false;
    const auto entry = ResearchLogRepository(*database()).find(id.toLongLong());
    // The entry's topic may belong to another official than the one chosen.
    if (!entry || !showTopic(entry->topicId))
        return false;
    for (int r = 0; r < m_log.size() && r < m_logTable->rowCount(); ++r)
        if (m_log[r].id == id.toLongLong()) {
            m_logTable->selectRow(r);
            m_logTable->scrollToItem(m_logTable->item(r, 0));
        }
    return true;
}

bool MyResearchPage::showEveryone(const QVariant& topicId)
{
    m_me->clear();
    QSettings().setValue(QLatin1String(MeKey), 0);
    refreshList();
    return revealRecord(topicId);
}

void MyResearchPage::showLoaded()
{
    m_titleJa->setText(m_loaded.titleJa);
    m_titleEn->setText(m_loaded.titleEn);
    m_owner->setCurrent(m_loaded.owner, m_loaded.ownerName.display(uiLanguage()));
    m_status->setCurrentIndex(m_status->findData(TopicStatuses::code(m_loaded.status)));
    m_start->setValue(m_loaded.start);
    m_end->setValue(m_loaded.end);
    m_tags->setText(m_loaded.tags.join(QStringLiteral(", ")));
    m_description->setPlainText(m_loaded.description);
    showDeliverables(m_loaded.deliverables);
    showLog();
}

void MyResearchPage::clearFields()
{
    m_titleJa->clear();
    m_titleEn->clear();
    if (me() > 0)
        m_owner->setCurrent(me(), m_me->currentLabel());
    else
        m_owner->clear();
    m_status->setCurrentIndex(m_status->findData(TopicStatuses::code(TopicStatus::Active)));
    m_start->setValue(QDate::currentDate());
    m_end->clearValue();
    m_tags->clear();
    m_description->clear();
    showDeliverables({});
    showLog();
}

ResearchTopic MyResearchPage::formRecord() const
{
    ResearchTopic t = m_loaded;
    t.titleJa = m_titleJa->text().trimmed();
    t.titleEn = m_titleEn->text().trimmed();
    t.owner = m_owner->currentKey().toLongLong();
    t.status = TopicStatuses::fromCode(m_status->currentData().toString());
    t.start = m_start->value();
    t.end = m_end->value();
    t.tags = ResearchTopic::cleanTags(
        m_tags->text().split(QRegularExpression(QStringLiteral("[,、，]"))));
    t.description = m_description->toPlainText();
    t.deliverables.clear();
    const auto cell = [this](int r, int c) {
        const QTableWidgetItem* item = m_reportTable->item(r, c);
        return item ? item->text().trimmed() : QString();
    };
    for (int r = 0; r < m_reportTable->rowCount(); ++r) {
        ResearchDeliverable d;
        d.titleJa = cell(r, 0);
        d.titleEn = cell(r, 1);
        d.published = publishedDate(cell(r, 2));
        d.link = cell(r, 3);
        if (!d.titleJa.isEmpty() || !d.titleEn.isEmpty() || !d.link.isEmpty())
            t.deliverables << d;
    }
    return t;
}

// A report's publication date as staff type it: 2026-03-31, 2026/3/31,
// 3/31/2026, 2026年3月31日 (as every date field reads it). Invalid for
// anything else (saveForm refuses it).
QDate MyResearchPage::publishedDate(const QString& text)
{
    return DateText::parse(text);
}

QVariant MyResearchPage::saveForm()
{
    FieldErrors errors;
    for (int r = 0; r < m_reportTable->rowCount(); ++r) {
        const QTableWidgetItem* item = m_reportTable->item(r, 2);
        const QString text = item ? item->text().trimmed() : QString();
        if (!text.isEmpty() && !publishedDate(text).isValid())
            errors << StorageError::FieldError{
                QStringLiteral("deliverables"),
                tr("Report %1: \"%2\" is not a date. Write it as 2026-03-31.")
                    .arg(r + 1)
                    .arg(text)};
    }
    if (!errors.isEmpty())
        throw StorageError(errors);
    return saveRecord(formRecord());
}

void MyResearchPage::showDeliverables(const QList<ResearchDeliverable>& deliverables)
{
    const QSignalBlocker block(m_reportTable);
    m_reportTable->setRowCount(int(deliverables.size()));
    for (int r = 0; r < deliverables.size(); ++r) {
        const ResearchDeliverable& d = deliverables[r];
        const QStringList cells = {d.titleJa, d.titleEn, DateText::date(d.published, uiLanguage()),
                                   d.link};
        for (int c = 0; c < cells.size(); ++c)
            m_reportTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void MyResearchPage::showLog()
{
    m_log.clear();
    if (database() && m_loaded.id > 0) {
        ResearchLogFilter filter;
        filter.topicId = m_loaded.id;
        m_log = ResearchLogRepository(*database()).list(filter);
    }
    const Language lang = uiLanguage();
    const QLocale locale;
    m_logTable->setRowCount(int(m_log.size()));
    for (int r = 0; r < m_log.size(); ++r) {
        const ResearchLogEntry& e = m_log[r];
        QStringList involved;
        for (const OrganizationRef& o : e.organizations)
            involved << o.display(lang);
        for (const PersonRef& p : e.people)
            involved << p.display(lang);
        const QStringList cells = {DateText::date(e.date, uiLanguage()), LogKinds::label(e.kind),
                                   e.notes.simplified(), e.outcome.simplified(),
                                   involved.join(QStringLiteral(", "))};
        const QStringList tips = {cells[0], cells[1], e.notes, e.outcome, cells[4]};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(tips[c]);
            m_logTable->setItem(r, c, item);
        }
    }
    ColumnFitter::fit(m_logTable);
    m_addLog->setEnabled(m_loaded.id > 0);
    if (m_updateLogButtons)
        m_updateLogButtons();
}

void MyResearchPage::editLogEntry(int row)
{
    if (row < 0 || row >= m_log.size())
        return;
    LogEntryDialog dialog([this] { return database(); }, m_log[row], this);
    if (dialog.exec() == QDialog::Accepted)
        logChanged();
}

void MyResearchPage::logChanged()
{
    showLog();
    refreshList(); // the number of entries in the list
    emit dataChanged();
}

bool MyResearchPage::addLogEntry(const ResearchLogEntry& entry)
{
    if (!database() || m_loaded.id <= 0)
        return false;
    ResearchLogEntry e = entry;
    e.topicId = m_loaded.id;
    try {
        ResearchLogRepository(*database()).add(e);
    } catch (const StorageError& error) {
        emit statusMessage(error.message());
        return false;
    }
    logChanged();
    return true;
}

void MyResearchPage::retranslate()
{
    KindPage::retranslate();
    m_meLabel->setText(tr("Official:"));
    m_me->setPlaceholderText(tr("Choose yourself (remembered)"));
    FieldForm* f = formFields();
    f->setLabel(QStringLiteral("titleJa"), tr("Title (Japanese)", "of a research topic or report"));
    f->setLabel(QStringLiteral("titleEn"), tr("Title (English)", "of a research topic or report"));
    m_tags->setPlaceholderText(tr("Separated by commas, e.g. housing, welfare"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(
            i, TopicStatuses::label(TopicStatuses::fromCode(m_status->itemData(i).toString())));
    m_reportBox->setTitle(tr("Reports"));
    m_reportTable->setHorizontalHeaderLabels(
        {tr("Title (Japanese)", "of a research topic or report"),
         tr("Title (English)", "of a research topic or report"), tr("Published"), tr("Link")});
    m_addReport->setText(tr("Add report"));
    m_removeReport->setText(tr("Remove"));
    m_logBox->setTitle(tr("Research log"));
    m_logTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Notes"), tr("Outcome"), tr("Organizations and people")});
    m_addLog->setText(tr("Add entry…"));
    m_editLog->setText(tr("Edit…"));
    m_removeLog->setText(tr("Remove"));
}

void MyResearchPage::languageChanged()
{
    m_model->retranslate();
    refreshList();
    showLog();
}

template class KindPage<MyResearchPage, ResearchTopicRepository, ResearchTopic, TopicTableModel>;

} // namespace jlgc

#include "research/researchrequestspage.h"

#include "common/alertcolor.h"
#include "common/datefield.h"
#include "common/detailtable.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/ownedrows.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "research/sourcedialog.h"
#include "research/staffpickers.h"
#include "storage/researchrequestrepository.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace jlgc {

ResearchRequestsPage::ResearchRequestsPage(QWidget* parent)
    : KindPage(QStringLiteral("researchRequests"), QStringLiteral("research_requests"),
               QStringLiteral("research_request"), QT_TR_NOOP("New research request"), parent),
      m_today(QDate::currentDate()), m_show(new QComboBox), m_government(new SearchPicker),
      m_governmentOrg(new SearchPicker), m_questionJa(shortTextEdit(90)),
      m_questionEn(shortTextEdit(90)), m_received(new DateField), m_due(new DateField),
      m_assigned(new SearchPicker), m_status(new QComboBox), m_answer(shortTextEdit(90)),
      m_answered(new DateField), m_overdue(new QLabel),
      m_sourceBox(new DetailTable(3, DetailTable::Add | DetailTable::Edit | DetailTable::Remove))
{
    setObjectName(QStringLiteral("researchRequestsPage"));
    m_show->addItem(QString(), int(Show::All));
    m_show->addItem(QString(), int(Show::Open));
    m_show->addItem(QString(), int(Show::Overdue));
    m_show->setObjectName(QStringLiteral("show"));
    filterBar()->addWidget(m_show);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        if (maybeSave())
            refreshList();
    });

    const DatabaseGetter getDb = [this] { return database(); };
    m_government->setProvider(pickers::jurisdictions(getDb));
    m_governmentOrg->setProvider(pickers::organizations(getDb));
    m_assigned->setProvider(staffpickers::staff(getDb));
    for (RequestStatus s : RequestStatuses::all())
        m_status->addItem(QString(), RequestStatuses::code(s));

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("request"), nullptr, QT_TR_NOOP("Request")},
        {QStringLiteral("requestingGovernment"), m_government, QT_TR_NOOP("From")},
        {QStringLiteral("requestingOrganization"), m_governmentOrg, QT_TR_NOOP("or organization")},
        {QStringLiteral("questionJa"), m_questionJa, QT_TR_NOOP("Question (Japanese)")},
        {QStringLiteral("questionEn"), m_questionEn, QT_TR_NOOP("Question (English)")},
        {QStringLiteral("received"), m_received, QT_TR_NOOP("Received")},
    });
    // A request received 11/28 came in lately; it is due after that.
    m_received->setContext([] { return QDate::currentDate(); });
    m_due->setContext([this] { return m_received->value(); });
    m_answered->setContext([] { return QDate::currentDate(); });
    f->addRows({
        {QStringLiteral("due"), m_due, QT_TR_NOOP("Due")},
        {QStringLiteral("assignedTo"), m_assigned, QT_TR_NOOP("Assigned to")},
        {QStringLiteral("answer"), nullptr, QT_TR_NOOP("Answer")},
        {QStringLiteral("status"), m_status, QT_TR_NOOP("Status")},
        {QStringLiteral("answerSummary"), m_answer, QT_TR_NOOP("Answer summary")},
        {QStringLiteral("answered"), m_answered, QT_TR_NOOP("Answered on")},
    });

    // Marking a request answered dates the answer today unless a date is given.
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = RequestStatuses::fromCode(m_status->currentData().toString());
        if (status == RequestStatus::Answered && !m_answered->value().isValid())
            m_answered->setValue(QDate::currentDate());
    });

    QFont bold = m_overdue->font();
    bold.setBold(true);
    m_overdue->setFont(bold);
    m_overdue->setObjectName(QStringLiteral("overdue"));
    showAsAlert(m_overdue);
    m_overdue->setWordWrap(true);
    m_overdue->hide();
    detailArea()->insertWidget(0, m_overdue);

    detailArea()->addWidget(m_sourceBox);
    // A source is added and edited through its dialog (Edit…, a double
    // click, Enter) and removed (Remove, the Delete key) as any row a record
    // owns.
    m_sourceRows = new OwnedRows<ResearchSource>(
        OwnedRowsBase::controlsOf(m_sourceBox),
        [](const ResearchSource& s) {
            const Language lang = uiLanguage();
            QString what;
            switch (s.kind) {
            case SourceKind::Organization:
                what = s.organization.display(lang);
                break;
            case SourceKind::Person:
                what = s.person.display(lang);
                break;
            case SourceKind::Link:
                what = s.url;
                break;
            }
            return QStringList{SourceKinds::label(s.kind), what, s.note};
        },
        askThrough(this, &SourceDialog::source, getDb), this);
    connect(m_sourceRows, &OwnedRowsBase::edited, this, [this] { setDirty(true); });
    retranslate();
}

QString ResearchRequestsPage::pageTitle()
{
    return tr("Research requests");
}

void ResearchRequestsPage::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void ResearchRequestsPage::setToday(const QDate& today)
{
    m_today = today;
    refreshList();
}

void ResearchRequestsPage::reload()
{
    // The day that decides what is overdue, and what the list shows.
    const auto show = Show(m_show->currentData().toInt());
    const QString today = m_today.toString(Qt::ISODate);
    QVariantMap filters{{QStringLiteral("today"), today}};
    if (show == Show::Open)
        filters.insert(QStringLiteral("open"), true);
    if (show == Show::Overdue)
        filters.insert(QStringLiteral("overdue"), today);
    m_model->setFilters(filters);
}

void ResearchRequestsPage::showOverdue(const ResearchRequest& r)
{
    if (r.id > 0 && r.isOverdue(m_today)) {
        m_overdue->setText(tr("Overdue: this request was due on %1 (%n day(s) ago).", nullptr,
                              r.daysOverdue(m_today))
                               .arg(DateText::date(r.due, uiLanguage())));
        m_overdue->show();
    } else {
        m_overdue->hide();
    }
}

QString ResearchRequestsPage::describe(const ResearchRequest& request) const
{
    return request.question(uiLanguage()).section(QLatin1Char('\n'), 0, 0).left(80);
}

void ResearchRequestsPage::showLoaded()
{
    staffpickers::showGovernment(database(), m_loaded.requestingGovernment, m_government,
                                 m_governmentOrg);
    m_questionJa->setPlainText(m_loaded.questionJa);
    m_questionEn->setPlainText(m_loaded.questionEn);
    m_received->setValue(m_loaded.received);
    m_due->setValue(m_loaded.due);
    if (m_loaded.assignedTo > 0)
        m_assigned->setCurrent(m_loaded.assignedTo, m_loaded.assignedName.display(uiLanguage()));
    else
        m_assigned->clear();
    m_status->setCurrentIndex(m_status->findData(RequestStatuses::code(m_loaded.status)));
    m_answer->setPlainText(m_loaded.answerSummary);
    m_answered->setValue(m_loaded.answered);
    m_sourceRows->setItems(m_loaded.sources);
    showOverdue(m_loaded);
}

void ResearchRequestsPage::clearFields()
{
    m_government->clear();
    m_governmentOrg->clear();
    m_questionJa->clear();
    m_questionEn->clear();
    m_received->setValue(QDate::currentDate());
    m_due->clearValue();
    m_assigned->clear();
    m_status->setCurrentIndex(0);
    m_answer->clear();
    m_answered->clearValue();
    m_sourceRows->setItems({});
    showOverdue(m_loaded);
}

ResearchRequest ResearchRequestsPage::formRecord() const
{
    ResearchRequest r = m_loaded;
    r.requestingGovernment = staffpickers::governmentFrom(m_government, m_governmentOrg);
    r.questionJa = m_questionJa->toPlainText().trimmed();
    r.questionEn = m_questionEn->toPlainText().trimmed();
    r.received = m_received->value();
    r.due = m_due->value();
    r.assignedTo = m_assigned->currentKey().toLongLong();
    r.status = RequestStatuses::fromCode(m_status->currentData().toString());
    r.answerSummary = m_answer->toPlainText().trimmed();
    r.answered = m_answered->value();
    r.sources = m_sourceRows->items();
    return r;
}

QString ResearchRequestsPage::describeCurrent() const
{
    const QString q = formRecord().question(uiLanguage()).simplified().left(60);
    return q.isEmpty() ? newRecordTitle() : q;
}

QTableWidget* ResearchRequestsPage::sourceTable() const
{
    return m_sourceBox->table();
}

void ResearchRequestsPage::addSource(const ResearchSource& source)
{
    m_sourceRows->add(source);
}

void ResearchRequestsPage::retranslate()
{
    KindPage::retranslate();
    m_show->setItemText(0, tr("All requests"));
    m_show->setItemText(1, tr("Open requests"));
    m_show->setItemText(2, tr("Overdue requests"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(
            i, RequestStatuses::label(RequestStatuses::fromCode(m_status->itemData(i).toString())));
    m_government->setPlaceholderText(tr("Prefecture or municipality, e.g. 茨城県"));
    m_governmentOrg->setPlaceholderText(tr("A ministry or other body, if not a local government"));
    m_assigned->setPlaceholderText(tr("Type a staff member's name…"));
    m_sourceBox->setTitle(tr("Sources"));
    m_sourceBox->setHeaders({tr("Kind"), tr("Source"), tr("Note")});
}

void ResearchRequestsPage::languageChanged()
{
    m_model->retranslate();
    m_sourceRows->show();
    showOverdue(m_loaded);
}

template class KindPage<ResearchRequestsPage, ResearchRequestRepository, ResearchRequest>;

} // namespace jlgc

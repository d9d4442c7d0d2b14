#include "delegations/delegationspage.h"

#include "common/columnfitter.h"
#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/ownedrows.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "delegations/delegationitineraryview.h"
#include "delegations/memberdialog.h"
#include "io/icalendarexport.h"
#include "research/staffpickers.h"
#include "storage/delegationrepository.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {
QTableWidget* makeTable(int columns)
{
    auto* t = new QTableWidget(0, columns);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    ColumnFitter::install(t); // never wider than the form
    return t;
}
} // namespace

DelegationsPage::DelegationsPage(QWidget* parent)
    : KindPage(QStringLiteral("delegations"), QStringLiteral("delegations"),
               QStringLiteral("delegation"), QT_TR_NOOP("New delegation"), parent),
      m_nameJa(new QLineEdit), m_nameEn(new QLineEdit), m_government(new SearchPicker),
      m_governmentOrg(new SearchPicker), m_purposeJa(new QLineEdit), m_purposeEn(new QLineEdit),
      m_arrival(new DateField), m_departure(new DateField), m_status(new QComboBox),
      m_memberCount(new QSpinBox), m_staff(new SearchPicker), m_thankYou(new DateField),
      m_followUp(shortTextEdit(64)), m_export(new QPushButton), m_tabs(new QTabWidget),
      m_memberTable(makeTable(3)), m_addMember(new QPushButton), m_editMember(new QPushButton),
      m_removeMember(new QPushButton),
      m_itinerary(new DelegationItineraryView([this] { return database(); })),
      m_protocolForm(new FieldForm), m_giftsGiven(shortTextEdit(64)),
      m_giftsReceived(shortTextEdit(64)), m_address(shortTextEdit(64)),
      m_dietary(shortTextEdit(64)), m_protocolNotes(shortTextEdit(64)),
      m_interpreterTable(makeTable(2)), m_addInterpreter(new QPushButton),
      m_removeInterpreter(new QPushButton)
{
    setObjectName(QStringLiteral("delegationsPage"));
    const DatabaseGetter getDb = [this] { return database(); };
    m_government->setProvider(pickers::jurisdictions(getDb));
    m_governmentOrg->setProvider(pickers::organizations(getDb));
    m_staff->setProvider(staffpickers::staff(getDb));
    for (DelegationStatus s : DelegationStatuses::all())
        m_status->addItem(QString(), DelegationStatuses::code(s));
    m_memberCount->setRange(0, 500);
    // The departure is read near the arrival, the thank-you near the visit.
    m_departure->setContext([this] { return m_arrival->value(); });
    m_thankYou->setContext([this] {
        return m_departure->value().isValid() ? m_departure->value() : m_arrival->value();
    });

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("visit"), nullptr, QT_TR_NOOP("Visit")},
        {QStringLiteral("nameJa"), m_nameJa, QT_TR_NOOP("Name (Japanese)")},
        {QStringLiteral("nameEn"), m_nameEn, QT_TR_NOOP("Name (English)")},
        {QStringLiteral("sendingGovernment"), m_government, QT_TR_NOOP("Sent by")},
        {QStringLiteral("sendingOrganization"), m_governmentOrg, QT_TR_NOOP("or organization")},
        {QStringLiteral("purposeJa"), m_purposeJa, QT_TR_NOOP("Purpose (Japanese)")},
        {QStringLiteral("purposeEn"), m_purposeEn, QT_TR_NOOP("Purpose (English)")},
        {QStringLiteral("arrival"), m_arrival, QT_TR_NOOP("Arrives")},
        {QStringLiteral("departure"), m_departure, QT_TR_NOOP("Departs")},
        {QStringLiteral("status"), m_status, QT_TR_NOOP("Status")},
        {QStringLiteral("memberCount"), m_memberCount, QT_TR_NOOP("Members expected")},
        {QStringLiteral("staffInCharge"), m_staff, QT_TR_NOOP("Staff in charge")},
        {QStringLiteral("followUp"), nullptr, QT_TR_NOOP("Follow-up")},
        {QStringLiteral("thankYouSent"), m_thankYou, QT_TR_NOOP("Thank-you letters sent")},
        {QStringLiteral("followUpNotes"), m_followUp, QT_TR_NOOP("Follow-up notes")},
    });
    m_nameJa->setObjectName(QStringLiteral("nameJa"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));

    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);
    m_export->setObjectName(QStringLiteral("exportCalendar"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    auto* exportWidget = new QWidget;
    exportWidget->setLayout(exportRow);
    exportRow->setContentsMargins(0, 8, 0, 0);
    detailArea()->addWidget(exportWidget);
    connect(m_export, &QPushButton::clicked, this, [this] {
        // The calendar is made from the stored delegation: unsaved edits are
        // saved (or discarded) first, as the user chooses.
        if (!maybeSave() || m_loaded.id <= 0)
            return;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = (m_loaded.nameEn.isEmpty() ? QStringLiteral("delegation")
                                                        : m_loaded.nameEn.simplified())
                                 .replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export calendar"), QDir(dir).filePath(name + QStringLiteral(".ics")),
            tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            exportCalendar(path);
    });

    m_tabs->addTab(buildMembersTab(), QString());
    m_tabs->addTab(m_itinerary, QString());
    m_tabs->addTab(buildProtocolTab(), QString());
    detailArea()->addWidget(m_tabs);
    connect(m_itinerary, &DelegationItineraryView::changed, this, [this] { emit dataChanged(); });
    retranslate();
}

QWidget* DelegationsPage::buildMembersTab()
{
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    m_memberTable->setMinimumHeight(160);
    auto* row = new QHBoxLayout;
    m_addMember->setObjectName(QStringLiteral("addMember"));
    row->addWidget(m_addMember);
    row->addWidget(m_editMember);
    row->addWidget(m_removeMember);
    row->addStretch(1);
    // The buttons above the list: in sight without scrolling the form.
    layout->addLayout(row);
    layout->addWidget(m_memberTable, 1);
    m_members = new OwnedRows<DelegationMember>(
        {m_memberTable, m_addMember, m_editMember, m_removeMember},
        [this](const DelegationMember& m) {
            const Language lang = uiLanguage();
            const QString title = lang == Language::Japanese && !m.titleJa.isEmpty()
                                      ? m.titleJa
                                      : (m.titleEn.isEmpty() ? m.titleJa : m.titleEn);
            return QStringList{m.person.display(lang), DelegationRoles::label(m.role), title};
        },
        askThrough(this, &MemberDialog::member, DatabaseGetter([this] { return database(); })),
        this);
    connect(m_members, &OwnedRowsBase::edited, this, [this] { setDirty(true); });
    connect(m_members, &OwnedRowsBase::shown, this,
            [this](int rows) { m_tabs->setTabText(0, tr("Members (%1)").arg(rows)); });
    return w;
}

QWidget* DelegationsPage::buildProtocolTab()
{
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    m_protocolForm->add(QStringLiteral("giftsGiven"), m_giftsGiven);
    m_protocolForm->add(QStringLiteral("giftsReceived"), m_giftsReceived);
    m_protocolForm->add(QStringLiteral("formsOfAddress"), m_address);
    m_protocolForm->add(QStringLiteral("dietaryNeeds"), m_dietary);
    m_protocolForm->add(QStringLiteral("protocolNotes"), m_protocolNotes);
    layout->addWidget(m_protocolForm);
    connect(m_protocolForm, &FieldForm::edited, this, [this] { setDirty(true); });

    m_interpreterTable->setMinimumHeight(80);
    m_interpreterTable->setMaximumHeight(120);
    auto* row = new QHBoxLayout;
    row->addWidget(m_addInterpreter);
    row->addWidget(m_removeInterpreter);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_interpreterTable);
    m_interpreters = new OwnedRows<DelegationInterpreter>(
        {m_interpreterTable, m_addInterpreter, nullptr, m_removeInterpreter},
        [this](const DelegationInterpreter& i) {
            return QStringList{i.person.display(uiLanguage()), i.note};
        },
        askThrough(this, &MemberDialog::interpreter, DatabaseGetter([this] { return database(); })),
        this);
    connect(m_interpreters, &OwnedRowsBase::edited, this, [this] { setDirty(true); });
    return w;
}

QString DelegationsPage::pageTitle()
{
    return tr("Delegations");
}

void DelegationsPage::showLoaded()
{
    m_protocolForm->setLoading(true);
    m_nameJa->setText(m_loaded.nameJa);
    m_nameEn->setText(m_loaded.nameEn);
    staffpickers::showGovernment(database(), m_loaded.sendingGovernment, m_government,
                                 m_governmentOrg);
    m_purposeJa->setText(m_loaded.purposeJa);
    m_purposeEn->setText(m_loaded.purposeEn);
    m_arrival->setValue(m_loaded.arrival);
    m_departure->setValue(m_loaded.departure);
    m_status->setCurrentIndex(m_status->findData(DelegationStatuses::code(m_loaded.status)));
    m_memberCount->setValue(m_loaded.expectedMemberCount);
    if (m_loaded.staffInCharge > 0)
        m_staff->setCurrent(m_loaded.staffInCharge,
                            m_loaded.staffInChargeName.display(uiLanguage()));
    else
        m_staff->clear();
    m_thankYou->setValue(m_loaded.thankYouSent);
    m_followUp->setPlainText(m_loaded.followUpNotes);
    m_giftsGiven->setPlainText(m_loaded.protocol.giftsGiven);
    m_giftsReceived->setPlainText(m_loaded.protocol.giftsReceived);
    m_address->setPlainText(m_loaded.protocol.formsOfAddress);
    m_dietary->setPlainText(m_loaded.protocol.dietaryNeeds);
    m_protocolNotes->setPlainText(m_loaded.protocol.notes);
    m_protocolForm->setLoading(false);
    m_protocolForm->clearErrors();
    m_members->setItems(m_loaded.members);
    m_interpreters->setItems(m_loaded.interpreters);
    m_itinerary->setDelegation(m_loaded);
    m_export->setEnabled(true);
}

void DelegationsPage::clearFields()
{
    m_protocolForm->setLoading(true);
    for (QLineEdit* e : {m_nameJa, m_nameEn, m_purposeJa, m_purposeEn})
        e->clear();
    for (QPlainTextEdit* e :
         {m_followUp, m_giftsGiven, m_giftsReceived, m_address, m_dietary, m_protocolNotes})
        e->clear();
    m_government->clear();
    m_governmentOrg->clear();
    m_arrival->clearValue();
    m_departure->clearValue();
    m_status->setCurrentIndex(0);
    m_memberCount->setValue(0);
    m_staff->clear();
    m_thankYou->clearValue();
    m_protocolForm->setLoading(false);
    m_protocolForm->clearErrors();
    m_members->setItems({});
    m_interpreters->setItems({});
    m_itinerary->setDelegation({});
    m_export->setEnabled(false);
}

Delegation DelegationsPage::formRecord() const
{
    Delegation d = m_loaded;
    d.nameJa = m_nameJa->text().trimmed();
    d.nameEn = m_nameEn->text().trimmed();
    d.sendingGovernment = staffpickers::governmentFrom(m_government, m_governmentOrg);
    d.purposeJa = m_purposeJa->text().trimmed();
    d.purposeEn = m_purposeEn->text().trimmed();
    d.arrival = m_arrival->value();
    d.departure = m_departure->value();
    d.status = DelegationStatuses::fromCode(m_status->currentData().toString());
    d.expectedMemberCount = m_memberCount->value();
    d.staffInCharge = m_staff->currentKey().toLongLong();
    d.thankYouSent = m_thankYou->value();
    d.followUpNotes = m_followUp->toPlainText();
    d.protocol.giftsGiven = m_giftsGiven->toPlainText();
    d.protocol.giftsReceived = m_giftsReceived->toPlainText();
    d.protocol.formsOfAddress = m_address->toPlainText();
    d.protocol.dietaryNeeds = m_dietary->toPlainText();
    d.protocol.notes = m_protocolNotes->toPlainText();
    d.members = m_members->items();
    d.interpreters = m_interpreters->items();
    return d;
}

void DelegationsPage::addMember(const DelegationMember& member)
{
    m_members->add(member);
}

bool DelegationsPage::exportCalendar(const QString& path)
{
    if (!database() || m_loaded.id <= 0)
        return false;
    try {
        const int n = ICalendarExport::exportDelegation(*database(), m_loaded.id, path);
        emit statusMessage(tr("Calendar with %n event(s) saved as %1.", nullptr, n)
                               .arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Export calendar"), e.message());
        return false;
    }
}

void DelegationsPage::retranslate()
{
    KindPage::retranslate();
    m_nameJa->setPlaceholderText(tr("e.g. 兵庫県議会米国行政視察団"));
    m_nameEn->setPlaceholderText(tr("e.g. Hyogo Prefectural Assembly Delegation"));
    m_government->setPlaceholderText(tr("Prefecture or municipality, e.g. 兵庫県"));
    m_governmentOrg->setPlaceholderText(tr("A ministry or other body, if not a local government"));
    m_staff->setPlaceholderText(tr("Type a staff member's name…"));
    m_memberCount->setSpecialValueText(QStringLiteral("—"));
    m_memberCount->setToolTip(tr("The size of the delegation as announced, before the members are "
                                 "listed"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, DelegationStatuses::label(DelegationStatuses::fromCode(
                                     m_status->itemData(i).toString())));
    m_export->setText(tr("Export calendar…"));
    m_export->setToolTip(tr("Save the itinerary as an iCalendar file for Outlook or Google "
                            "Calendar"));
    m_tabs->setTabText(1, tr("Itinerary"));
    m_tabs->setTabText(2, tr("Protocol"));
    m_memberTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Title")});
    m_addMember->setText(tr("Add…"));
    m_editMember->setText(tr("Edit…"));
    m_removeMember->setText(tr("Remove"));
    m_protocolForm->setLabel(QStringLiteral("giftsGiven"), tr("Gifts given"));
    m_protocolForm->setLabel(QStringLiteral("giftsReceived"), tr("Gifts received"));
    m_protocolForm->setLabel(QStringLiteral("formsOfAddress"), tr("Forms of address"));
    m_protocolForm->setLabel(QStringLiteral("dietaryNeeds"), tr("Dietary needs (private)"));
    m_protocolForm->setLabel(QStringLiteral("protocolNotes"), tr("Other notes"));
    m_dietary->setToolTip(tr("Personal data: kept out of calendars and reports."));
    m_dietary->setPlaceholderText(tr("Personal data: kept out of calendars and reports"));
    m_interpreterTable->setHorizontalHeaderLabels({tr("Interpreter"), tr("Note")});
    m_addInterpreter->setText(tr("Add interpreter…"));
    m_removeInterpreter->setText(tr("Remove interpreter"));
    m_itinerary->retranslate();
    m_members->show();
}

void DelegationsPage::languageChanged()
{
    m_model->retranslate();
    m_members->show();
    m_interpreters->show();
    m_itinerary->refresh();
}

template class KindPage<DelegationsPage, DelegationRepository, Delegation>;

} // namespace jlgc

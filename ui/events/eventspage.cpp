#include "events/eventspage.h"

#include "common/comboboxes.h"
#include "common/datefield.h"
#include "common/detailtable.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/ownedrows.h"
#include "common/pickers.h"
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"
#include "events/participantdialog.h"
#include "storage/changenotifier.h"
#include "storage/officeeventrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jlgc {

namespace {
// 9:30, 09:30 or 930; invalid (and `ok` false) when the text is not a time.
QTime parseTime(const QString& text, bool* ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return {};
    for (const QString& format : {QStringLiteral("H:mm"), QStringLiteral("HH:mm"),
                                  QStringLiteral("Hmm"), QStringLiteral("HHmm")}) {
        const QTime time = QTime::fromString(t, format);
        if (time.isValid())
            return time;
    }
    const QTime local = QLocale().toTime(t, QLocale::ShortFormat);
    *ok = local.isValid();
    return local;
}

// An organization or a person with its role, chosen in the dialog: a line
// added (id 0: none chosen yet) or changed. T: {id, name, role}.
template <typename T>
std::optional<T> askParticipant(QWidget* parent, const QString& title, const QString& what,
                                SearchPicker::Provider provider, qint64 id, const QString& name,
                                const QString& role)
{
    ParticipantDialog dialog(title, what, std::move(provider), parent);
    if (id > 0)
        dialog.setChosen(id, name, role);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return T{dialog.chosenId(), dialog.chosenLabel(), dialog.role()};
}
} // namespace

EventsPage::EventsPage(QWidget* parent)
    : KindPage(QStringLiteral("events"), QStringLiteral("events"), QStringLiteral("office_event"),
               QT_TR_NOOP("New event"), parent),
      m_yearFilter(new QComboBox), m_kindFilter(new QComboBox), m_summary(new QLabel),
      m_titleEn(new QLineEdit), m_titleJa(new QLineEdit), m_kind(new QComboBox),
      m_date(new DateField), m_startTime(new QLineEdit), m_endDate(new DateField),
      m_endTime(new QLineEdit), m_place(new QLineEdit), m_attendance(new QSpinBox),
      m_notes(shortTextEdit(80)),
      m_organizations(
          new DetailTable(2, DetailTable::Add | DetailTable::Edit | DetailTable::Remove)),
      m_attendees(new DetailTable(2, DetailTable::Add | DetailTable::Edit | DetailTable::Remove))
{
    setObjectName(QStringLiteral("eventsPage"));
    filterBar()->addWidget(m_yearFilter);
    filterBar()->addWidget(m_kindFilter);
    makeCompact(m_yearFilter);
    makeCompact(m_kindFilter);
    connect(m_yearFilter, &QComboBox::currentIndexChanged, this, [this] { refreshList(); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] { refreshList(); });
    m_summary->setWordWrap(true);
    belowList()->addWidget(m_summary);

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("event"), nullptr, QT_TR_NOOP("Event")},
        {QStringLiteral("titleEn"), m_titleEn, QT_TR_NOOP("Title in English")},
        {QStringLiteral("titleJa"), m_titleJa, QT_TR_NOOP("Title in Japanese")},
        {QStringLiteral("kind"), m_kind, QT_TR_NOOP("Kind")},
        {QStringLiteral("when"), nullptr, QT_TR_NOOP("When and where")},
        {QStringLiteral("date"), m_date, QT_TR_NOOP("Date")},
        {QStringLiteral("startTime"), m_startTime, QT_TR_NOOP("Starts at")},
        {QStringLiteral("endDate"), m_endDate, QT_TR_NOOP("Last day")},
        {QStringLiteral("endTime"), m_endTime, QT_TR_NOOP("Ends at")},
        {QStringLiteral("place"), m_place, QT_TR_NOOP("Place")},
        {QStringLiteral("who"), nullptr, QT_TR_NOOP("Who took part")},
        {QStringLiteral("attendance"), m_attendance, QT_TR_NOOP("Attendance")},
        {QStringLiteral("organizations"), m_organizations, nullptr},
        {QStringLiteral("attendees"), m_attendees, nullptr},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });
    m_titleEn->setObjectName(QStringLiteral("titleEn"));
    m_titleJa->setObjectName(QStringLiteral("titleJa"));
    m_attendance->setRange(-1, 10'000'000);
    m_attendance->setSpecialValueText(QStringLiteral("—"));
    m_attendance->setGroupSeparatorShown(true);

    DatabaseGetter getDb = [this] { return database(); };
    m_organizationRows = new OwnedRows<EventOrganization>(
        OwnedRowsBase::controlsOf(m_organizations),
        [](const EventOrganization& o) {
            return QStringList{o.organizationName, o.role};
        },
        [this, getDb](const EventOrganization& o) {
            return askParticipant<EventOrganization>(
                this,
                o.organizationId > 0 ? tr("Change an organization taking part")
                                     : tr("Add an organization taking part"),
                tr("Organization"), pickers::organizations(getDb), o.organizationId,
                o.organizationName, o.role);
        },
        this);
    m_attendeeRows = new OwnedRows<EventAttendee>(
        OwnedRowsBase::controlsOf(m_attendees),
        [](const EventAttendee& a) {
            return QStringList{a.personName, a.role};
        },
        [this, getDb](const EventAttendee& a) {
            return askParticipant<EventAttendee>(
                this,
                a.personId > 0 ? tr("Change a person attending") : tr("Add a person attending"),
                tr("Person"), pickers::people(getDb), a.personId, a.personName, a.role);
        },
        this);
    for (OwnedRowsBase* rows : {static_cast<OwnedRowsBase*>(m_organizationRows),
                                static_cast<OwnedRowsBase*>(m_attendeeRows)})
        connect(rows, &OwnedRowsBase::edited, this, [this] { setDirty(true); });

    fillCombos();
    retranslate();
}

QString EventsPage::pageTitle()
{
    return tr("Events");
}

void EventsPage::fillCombos()
{
    {
        const KeepChoice kindFilter(m_kindFilter), kind(m_kind);
        m_kindFilter->addItem(tr("All kinds"), QString());
        for (EventKind k : EventKinds::all()) {
            m_kindFilter->addItem(EventKinds::label(k), EventKinds::code(k));
            m_kind->addItem(EventKinds::label(k), EventKinds::code(k));
        }
    }
    fillYearFilter();
}

void EventsPage::fillYearFilter()
{
    QSet<int> years{FiscalYear::containing(QDate::currentDate()).year()};
    if (database())
        for (const FiscalYear& y : OfficeEventRepository(*database()).fiscalYears())
            years.insert(y.year());
    const KeepChoice keep(m_yearFilter);
    m_yearFilter->addItem(tr("All fiscal years"), 0);
    addFiscalYears(m_yearFilter, years);
}

EventFilter EventsPage::listFilter() const
{
    EventFilter filter;
    filter.fiscalYear = FiscalYear(m_yearFilter->currentData().toInt());
    const QString kind = m_kindFilter->currentData().toString();
    if (!kind.isEmpty())
        filter.kind = EventKinds::fromCode(kind);
    filter.withParticipants = false;
    return filter;
}

void EventsPage::reload()
{
    if (!database()) {
        m_counts.clear();
        showSummary();
        return;
    }
    fillYearFilter();
    const EventFilter filter = listFilter();
    QVariantMap filters;
    if (!filter.fiscalYear.isNull()) {
        filters.insert(QStringLiteral("from"), filter.fiscalYear.start().toString(Qt::ISODate));
        filters.insert(QStringLiteral("to"), filter.fiscalYear.end().toString(Qt::ISODate));
    }
    if (filter.kind)
        filters.insert(QStringLiteral("kind"), EventKinds::code(*filter.kind));
    m_model->setFilters(filters);
    // The counts by kind under the list, read beside it.
    readBeside(
        [filter](Database& db) {
            return QVariant::fromValue(OfficeEventRepository(db).countByKind(filter));
        },
        [this](const QVariant& counts) {
            m_counts = counts.value<QList<EventKindCount>>();
            showSummary();
        });
}

void EventsPage::followChanges(const ChangeSet& changes)
{
    RecordPage::followChanges(changes);
    if (changes.touches(QStringLiteral("events")))
        reload(); // the year filter and the counts
}

void EventsPage::showSummary()
{
    qint64 attendance = 0;
    QStringList parts;
    for (const EventKindCount& c : std::as_const(m_counts)) {
        parts << tr("%1: %2", "an event kind and how many events")
                     .arg(EventKinds::label(c.kind), QLocale().toString(c.events));
        attendance += c.attendance;
    }
    if (attendance > 0)
        parts << tr("attendance %1").arg(QLocale().toString(attendance));
    m_summary->setText(joinSummary(parts));
}

void EventsPage::showLoaded()
{
    m_titleEn->setText(m_loaded.titleEn);
    m_titleJa->setText(m_loaded.titleJa);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(EventKinds::code(m_loaded.kind))));
    m_date->setValue(m_loaded.date);
    m_startTime->setText(m_loaded.startTime.isValid()
                             ? m_loaded.startTime.toString(QStringLiteral("HH:mm"))
                             : QString());
    m_endDate->setValue(m_loaded.endDate);
    m_endTime->setText(m_loaded.endTime.isValid()
                           ? m_loaded.endTime.toString(QStringLiteral("HH:mm"))
                           : QString());
    m_place->setText(m_loaded.place);
    m_attendance->setValue(m_loaded.attendance.value_or(-1));
    m_notes->setPlainText(m_loaded.notes);
    m_organizationRows->setItems(m_loaded.organizations);
    m_attendeeRows->setItems(m_loaded.attendees);
}

void EventsPage::clearFields()
{
    for (QLineEdit* l : {m_titleEn, m_titleJa, m_startTime, m_endTime, m_place})
        l->clear();
    m_kind->setCurrentIndex(0);
    m_date->setValue(QDate::currentDate());
    m_endDate->clearValue();
    m_attendance->setValue(-1);
    m_notes->clear();
    m_organizationRows->setItems({});
    m_attendeeRows->setItems({});
}

OfficeEvent EventsPage::formRecord() const
{
    OfficeEvent e = m_loaded;
    e.titleEn = m_titleEn->text().trimmed();
    e.titleJa = m_titleJa->text().trimmed();
    e.kind = EventKinds::fromCode(m_kind->currentData().toString());
    e.date = m_date->value();
    e.endDate = m_endDate->value();
    e.place = m_place->text().trimmed();
    e.attendance =
        m_attendance->value() < 0 ? std::nullopt : std::optional<int>(m_attendance->value());
    e.notes = m_notes->toPlainText();
    e.organizations = m_organizationRows->items();
    e.attendees = m_attendeeRows->items();
    return e;
}

QVariant EventsPage::saveForm()
{
    OfficeEvent e = formRecord();
    FieldErrors errors;
    bool ok = true;
    e.startTime = parseTime(m_startTime->text(), &ok);
    if (!ok)
        errors.append({QStringLiteral("startTime"), tr("Write the time as 10:00 or 18:30.")});
    e.endTime = parseTime(m_endTime->text(), &ok);
    if (!ok)
        errors.append({QStringLiteral("endTime"), tr("Write the time as 10:00 or 18:30.")});
    if (!errors.isEmpty())
        throw StorageError(errors);
    return saveRecord(e);
}

void EventsPage::addOrganization(const EventOrganization& organization)
{
    m_organizationRows->add(organization);
}

void EventsPage::addAttendee(const EventAttendee& attendee)
{
    m_attendeeRows->add(attendee);
}

void EventsPage::retranslate()
{
    KindPage::retranslate();
    fillCombos();
    m_titleEn->setPlaceholderText(tr("e.g. Japan Day @ Central Park"));
    m_titleJa->setPlaceholderText(tr("e.g. ジャパンデー＠セントラルパーク"));
    m_startTime->setPlaceholderText(tr("e.g. 10:00; empty for all day"));
    m_endTime->setPlaceholderText(tr("e.g. 17:00"));
    m_endDate->setToolTip(tr("For an event of several days"));
    m_attendance->setToolTip(tr("How many people came, when known"));
    m_organizations->setTitle(tr("Organizations taking part"));
    m_organizations->setHeaders({tr("Organization"), tr("Role")});
    m_attendees->setTitle(tr("People attending"));
    m_attendees->setHeaders({tr("Person"), tr("Role")});
    showSummary();
}

template class KindPage<EventsPage, OfficeEventRepository, OfficeEvent>;

} // namespace jlgc

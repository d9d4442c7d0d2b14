#include "delegations/delegationitinerarydialog.h"

#include "common/alertcolor.h"
#include "common/datefield.h"
#include "common/dialoglayout.h"
#include "common/fieldform.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/timezonenames.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace jlgc {

DelegationItineraryDialog::DelegationItineraryDialog(DatabaseGetter db,
                                                     const Delegation& delegation,
                                                     const DelegationItineraryItem& item,
                                                     QWidget* parent)
    : QDialog(parent), m_db(db), m_delegation(delegation), m_item(item), m_date(new DateField),
      m_allDay(new QCheckBox), m_start(new QTimeEdit), m_end(new QTimeEdit), m_zone(new QComboBox),
      m_topicJa(new QLineEdit), m_topicEn(new QLineEdit), m_placeJa(new QLineEdit),
      m_placeEn(new QLineEdit), m_address(new QLineEdit), m_organization(new SearchPicker),
      m_contact(new SearchPicker), m_transportJa(new QLineEdit), m_transportEn(new QLineEdit),
      m_notesJa(shortTextEdit(60)), m_notesEn(shortTextEdit(60)), m_parallel(new QCheckBox),
      m_problems(new QLabel)
{
    setWindowTitle(item.id > 0 ? tr("Edit itinerary item") : tr("New itinerary item"));
    if (Database* d = db())
        m_others = DelegationItineraryRepository(*d).items(delegation.id);

    m_date->setValue(item.date.isValid() ? item.date : delegation.arrival);
    m_date->setContext([delegation] { return delegation.arrival; });
    m_allDay->setText(tr("No set time (free time, travel day)"));
    m_allDay->setChecked(item.id > 0 && !item.start.isValid());
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(item.start.isValid() ? item.start : QTime(9, 0));
    m_end->setTime(item.end.isValid() ? item.end : m_start->time().addSecs(3600));
    // A new item's end follows its start (an hour later) until the user sets it.
    m_endTouched = item.end.isValid();
    connect(m_start, &QTimeEdit::timeChanged, this, [this](const QTime& t) {
        if (m_endTouched)
            return;
        m_settingEnd = true;
        m_end->setTime(t.addSecs(3600));
        m_settingEnd = false;
    });
    connect(m_end, &QTimeEdit::timeChanged, this, [this] {
        if (!m_settingEnd)
            m_endTouched = true;
    });
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& z : DelegationItineraryRules::commonTimeZones())
        m_zone->addItem(TimeZoneNames::display(z, uiLanguage()), QString::fromLatin1(z));
    if (const int known = m_zone->findData(QString::fromLatin1(item.timeZone)); known >= 0)
        m_zone->setCurrentIndex(known);
    else
        m_zone->setCurrentText(QString::fromLatin1(item.timeZone));
    m_topicJa->setText(item.topicJa);
    m_topicEn->setText(item.topicEn);
    m_placeJa->setText(item.placeJa);
    m_placeEn->setText(item.placeEn);
    m_address->setText(item.address);
    m_organization->setProvider(pickers::organizations(db));
    m_contact->setProvider(pickers::people(db));
    m_organization->setPlaceholderText(tr("Organization met"));
    m_contact->setPlaceholderText(tr("Person met"));
    if (item.organization.id > 0)
        m_organization->setCurrent(item.organization.id, item.organization.display(uiLanguage()));
    if (item.contact.id > 0)
        m_contact->setCurrent(item.contact.id, item.contact.display(uiLanguage()));
    m_transportJa->setText(item.transportJa);
    m_transportEn->setText(item.transportEn);
    m_notesJa->setPlainText(item.notesJa);
    m_notesEn->setPlainText(item.notesEn);
    m_parallel->setText(tr("Runs in parallel with other items (the delegation splits up)"));
    m_parallel->setChecked(item.parallel);
    showAsAlert(m_problems);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    // Room for two lines of problems is kept, so that the fields do not move
    // under the pointer when a message appears or goes.
    m_problems->setMinimumHeight(2 * m_problems->fontMetrics().lineSpacing() + 4);
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(QStringLiteral("–")));
    times->addWidget(m_end);
    times->addWidget(m_zone, 1);
    auto* form = new QFormLayout;
    alignFormLabels(form);
    form->addRow(tr("Date"), m_date);
    form->addRow(QString(), m_allDay);
    form->addRow(tr("Time"), times);
    form->addRow(tr("Topic (Japanese)"), m_topicJa);
    form->addRow(tr("Topic (English)"), m_topicEn);
    form->addRow(tr("Place (Japanese)"), m_placeJa);
    form->addRow(tr("Place (English)"), m_placeEn);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Meeting with"), m_organization);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Transport (Japanese)"), m_transportJa);
    form->addRow(tr("Transport (English)"), m_transportEn);
    form->addRow(tr("Notes (Japanese)"), m_notesJa);
    form->addRow(tr("Notes (English)"), m_notesEn);
    form->addRow(QString(), m_parallel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_date, &DateField::dateChanged, this, &DelegationItineraryDialog::check);
    connect(m_allDay, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(!on);
        m_end->setEnabled(!on);
        m_zone->setEnabled(!on);
        check();
    });
    connect(m_start, &QTimeEdit::timeChanged, this, &DelegationItineraryDialog::check);
    connect(m_end, &QTimeEdit::timeChanged, this, &DelegationItineraryDialog::check);
    connect(m_zone, &QComboBox::currentTextChanged, this, &DelegationItineraryDialog::check);
    connect(m_parallel, &QCheckBox::toggled, this, &DelegationItineraryDialog::check);
    for (QLineEdit* e : {m_topicJa, m_topicEn, m_placeJa, m_placeEn})
        connect(e, &QLineEdit::textChanged, this, &DelegationItineraryDialog::check);
    connect(m_organization, &SearchPicker::currentChanged, this, &DelegationItineraryDialog::check);
    m_start->setEnabled(!m_allDay->isChecked());
    m_end->setEnabled(!m_allDay->isChecked());
    m_zone->setEnabled(!m_allDay->isChecked());
    check();
    resize(620, sizeHint().height());
}

QWidget* DelegationItineraryDialog::field(const QString& name) const
{
    const QHash<QString, QWidget*> fields = {
        {QStringLiteral("date"), m_date},       {QStringLiteral("allDay"), m_allDay},
        {QStringLiteral("start"), m_start},     {QStringLiteral("end"), m_end},
        {QStringLiteral("timeZone"), m_zone},   {QStringLiteral("topicJa"), m_topicJa},
        {QStringLiteral("topicEn"), m_topicEn}, {QStringLiteral("placeJa"), m_placeJa},
        {QStringLiteral("placeEn"), m_placeEn}, {QStringLiteral("parallel"), m_parallel},
        {QStringLiteral("address"), m_address}, {QStringLiteral("organization"), m_organization},
        {QStringLiteral("contact"), m_contact},
    };
    return fields.value(name);
}

DelegationItineraryItem DelegationItineraryDialog::item() const
{
    DelegationItineraryItem i = m_item;
    i.delegationId = m_delegation.id;
    i.date = m_date->value();
    i.start = m_allDay->isChecked() ? QTime() : m_start->time();
    i.end = m_allDay->isChecked() ? QTime() : m_end->time();
    // A zone of the list by its name, any other by its ID (Europe/London).
    const int known = m_zone->findText(m_zone->currentText());
    i.timeZone = (known >= 0 ? m_zone->itemData(known).toString() : m_zone->currentText())
                     .trimmed()
                     .toLatin1();
    i.topicJa = m_topicJa->text().trimmed();
    i.topicEn = m_topicEn->text().trimmed();
    i.placeJa = m_placeJa->text().trimmed();
    i.placeEn = m_placeEn->text().trimmed();
    i.address = m_address->text().trimmed();
    i.organization = {m_organization->currentKey().toLongLong(), m_organization->currentLabel(),
                      m_organization->currentLabel()};
    i.contact = {m_contact->currentKey().toLongLong(), {}};
    i.transportJa = m_transportJa->text().trimmed();
    i.transportEn = m_transportEn->text().trimmed();
    i.notesJa = m_notesJa->toPlainText().trimmed();
    i.notesEn = m_notesEn->toPlainText().trimmed();
    i.parallel = m_parallel->isChecked();
    return i;
}

QStringList DelegationItineraryDialog::problems() const
{
    QStringList result;
    for (const auto& e : DelegationItineraryRules::check(item(), m_delegation, m_others))
        result << e.message;
    return result;
}

void DelegationItineraryDialog::check()
{
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
}

void DelegationItineraryDialog::accept()
{
    Database* db = m_db();
    if (!db)
        return;
    try {
        DelegationItineraryRepository repo(*db);
        const DelegationItineraryItem i = item();
        m_saved = repo.save(i);
    } catch (const StorageError& e) {
        m_problems->setText(e.message());
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace jlgc

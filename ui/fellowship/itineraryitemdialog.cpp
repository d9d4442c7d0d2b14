#include "fellowship/itineraryitemdialog.h"

#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/pickers.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "storage/fellowshipitineraryrepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace jlgc {

namespace {
const QString TimeFormat = QStringLiteral("H:mm");

QTime parseTime(const QString& text)
{
    return QTime::fromString(text.trimmed(), TimeFormat);
}
} // namespace

ItineraryItemDialog::ItineraryItemDialog(Database* db, const Cohort& cohort,
                                         const FellowshipItineraryItem& item, QWidget* parent)
    : CohortRecordDialog(db, cohort, item, parent), m_date(new DateField), m_start(new QLineEdit),
      m_end(new QLineEdit), m_type(new QComboBox), m_place(new QLineEdit), m_host(new SearchPicker),
      m_descriptionEn(new QLineEdit), m_descriptionJa(new QLineEdit), m_notes(notesEdit(64))
{
    setObjectName(QStringLiteral("itineraryItemDialog"));
    setWindowTitle(item.id > 0 ? tr("Edit itinerary item") : tr("Add itinerary item"));
    // Hours and minutes, 24-hour clock, or nothing (an all-day item).
    const QRegularExpression time(QStringLiteral("^$|^([01]?[0-9]|2[0-3]):[0-5][0-9]$"));
    for (QLineEdit* e : {m_start, m_end}) {
        e->setValidator(new QRegularExpressionValidator(time, e));
        e->setMaximumWidth(90);
    }
    m_start->setPlaceholderText(tr("e.g. 9:30"));
    m_end->setPlaceholderText(tr("e.g. 11:00"));
    for (FellowshipItemType t : FellowshipItemTypes::all())
        m_type->addItem(FellowshipItemTypes::label(t), FellowshipItemTypes::code(t));
    m_host->setProvider(pickers::organizations([db] { return db; }));
    m_host->setPlaceholderText(tr("Type a name or abbreviation…"));
    m_place->setPlaceholderText(tr("e.g. Kitaibaraki City Hall"));

    auto* form = new FieldForm;
    form->add(QStringLiteral("date"), m_date, tr("Date"));
    form->add(QStringLiteral("startTime"), m_start, tr("Start"));
    form->add(QStringLiteral("endTime"), m_end, tr("End"));
    form->add(QStringLiteral("type"), m_type, tr("Type"));
    form->add(QStringLiteral("descriptionEn"), m_descriptionEn, tr("Description (English)"));
    form->add(QStringLiteral("descriptionJa"), m_descriptionJa, tr("Description (Japanese)"));
    form->add(QStringLiteral("place"), m_place, tr("Place"));
    form->add(QStringLiteral("hostOrganizationId"), m_host, tr("Host organization"));
    form->add(QStringLiteral("notes"), m_notes, tr("Notes"));
    setForms({form});
    if (cohort.hasProgrammeDates())
        setNote(tr("The programme runs from %1 to %2.")
                    .arg(DateText::date(cohort.programmeStart, uiLanguage()),
                         DateText::date(cohort.programmeEnd, uiLanguage())));

    m_date->setValue(item.date.isValid() ? item.date : cohort.programmeStart);
    m_date->setContext([cohort] { return cohort.programmeStart; });
    m_start->setText(item.startTime.isValid() ? item.startTime.toString(TimeFormat) : QString());
    m_end->setText(item.endTime.isValid() ? item.endTime.toString(TimeFormat) : QString());
    m_type->setCurrentIndex(std::max(0, m_type->findData(FellowshipItemTypes::code(item.type))));
    m_place->setText(item.place);
    m_host->setCurrent(item.hostOrganizationId > 0 ? QVariant(item.hostOrganizationId) : QVariant(),
                       pickers::organizationLabel(db, item.hostOrganizationId));
    m_descriptionEn->setText(item.descriptionEn);
    m_descriptionJa->setText(item.descriptionJa);
    m_notes->setPlainText(item.notes);
    resize(560, sizeHint().height());
}

FellowshipItineraryItem ItineraryItemDialog::item() const
{
    FellowshipItineraryItem i = m_original;
    i.cohortId = m_cohort.id;
    i.date = m_date->value();
    i.startTime = parseTime(m_start->text());
    i.endTime = parseTime(m_end->text());
    i.type = FellowshipItemTypes::fromCode(m_type->currentData().toString());
    i.place = m_place->text().trimmed();
    i.hostOrganizationId = m_host->currentKey().toLongLong();
    i.descriptionEn = m_descriptionEn->text().trimmed();
    i.descriptionJa = m_descriptionJa->text().trimmed();
    i.notes = m_notes->toPlainText();
    return i;
}

FieldErrors ItineraryItemDialog::timeErrors() const
{
    FieldErrors errors;
    for (auto [name, edit] : {std::pair{QStringLiteral("startTime"), m_start},
                              std::pair{QStringLiteral("endTime"), m_end}})
        if (!edit->text().trimmed().isEmpty() && !parseTime(edit->text()).isValid())
            errors.append({name, tr("Enter the time as hours and minutes, e.g. 14:30.")});
    return errors;
}

void ItineraryItemDialog::accept()
{
    clearErrors();
    const FellowshipItineraryItem i = item();
    FellowshipItineraryRepository repo(*m_db);
    const FieldErrors errors = timeErrors() + repo.check(i);
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        return;
    }
    saveAndClose([&] { m_saved = repo.save(i); });
}

} // namespace jlgc

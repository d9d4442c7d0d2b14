#include "fellowship/fellowdialog.h"

#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/pickers.h"
#include "common/searchpicker.h"
#include "fellowship/fellowwithdrawal.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace jlgc {

FellowDialog::FellowDialog(Database* db, const Cohort& cohort, const Fellow& fellow,
                           QWidget* parent)
    : CohortRecordDialog(db, cohort, fellow, parent), m_person(new SearchPicker),
      m_organization(new SearchPicker), m_subdivision(new SearchPicker), m_title(new QLineEdit),
      m_status(new QComboBox), m_statusDate(new DateField), m_arrival(new DateField),
      m_departure(new DateField), m_dietary(notesEdit(54)), m_medical(notesEdit(54)),
      m_contactName(new QLineEdit), m_contactRelation(new QLineEdit), m_contactPhone(new QLineEdit),
      m_followUp(notesEdit(54)), m_notes(notesEdit(54))
{
    setObjectName(QStringLiteral("fellowDialog"));
    setWindowTitle(fellow.id > 0 ? tr("Edit fellow of %1").arg(cohort.year)
                                 : tr("Add a fellow to %1").arg(cohort.year));
    const DatabaseGetter getDb = [db] { return db; };
    m_person->setProvider(pickers::people(getDb));
    m_organization->setProvider(pickers::organizations(getDb));
    m_subdivision->setProvider(pickers::subdivisions(getDb, {}));
    m_person->setPlaceholderText(tr("Type any form of the name…"));
    m_organization->setPlaceholderText(tr("Type a name or abbreviation…"));
    m_subdivision->setPlaceholderText(tr("Type a state or province, e.g. Ohio or OH…"));
    m_title->setPlaceholderText(tr("The title held in that year"));
    for (FellowStatus s : FellowStatuses::all())
        m_status->addItem(FellowStatuses::label(s), FellowStatuses::code(s));
    m_dietary->setPlaceholderText(tr("e.g. vegetarian; no shellfish"));

    auto* left = new FieldForm;
    left->addSection(QStringLiteral("fellow"), tr("Fellow"));
    left->add(QStringLiteral("personId"), m_person, tr("Person"));
    left->add(QStringLiteral("organizationId"), m_organization, tr("Home government"));
    left->add(QStringLiteral("subdivisionCode"), m_subdivision, tr("State or province"));
    left->add(QStringLiteral("titleAtTime"), m_title, tr("Title at the time"));
    left->addSection(QStringLiteral("status"), tr("Status"));
    left->add(QStringLiteral("status"), m_status, tr("Status"));
    left->add(QStringLiteral("statusDate"), m_statusDate, tr("Since"));
    left->addSection(QStringLiteral("travel"), tr("In Japan"));
    left->add(QStringLiteral("arrival"), m_arrival, tr("Arrival"));
    left->add(QStringLiteral("departure"), m_departure, tr("Departure"));
    auto* right = new FieldForm;
    right->addSection(QStringLiteral("sensitive"),
                      tr("Sensitive: kept out of reports that are not about them"));
    right->add(QStringLiteral("dietaryNotes"), m_dietary, tr("Dietary needs"));
    right->add(QStringLiteral("medicalNotes"), m_medical, tr("Medical notes"));
    right->add(QStringLiteral("emergencyContactName"), m_contactName, tr("Emergency contact"));
    right->add(QStringLiteral("emergencyContactRelation"), m_contactRelation, tr("Relation"));
    right->add(QStringLiteral("emergencyContactPhone"), m_contactPhone, tr("Phone"));
    right->addSection(QStringLiteral("after"), tr("After the programme"));
    right->add(QStringLiteral("followUpNotes"), m_followUp, tr("Follow-up"));
    right->add(QStringLiteral("notes"), m_notes, tr("Notes"));

    setForms({left, right});

    // The record as it is.
    m_person->setCurrent(fellow.personId > 0 ? QVariant(fellow.personId) : QVariant(),
                         pickers::personLabel(db, fellow.personId));
    m_organization->setCurrent(fellow.organizationId > 0 ? QVariant(fellow.organizationId)
                                                         : QVariant(),
                               pickers::organizationLabel(db, fellow.organizationId));
    m_subdivision->setCurrent(fellow.subdivisionCode.isEmpty() ? QVariant()
                                                               : QVariant(fellow.subdivisionCode),
                              pickers::subdivisionLabel(db, fellow.subdivisionCode));
    m_title->setText(fellow.titleAtTime);
    m_status->setCurrentIndex(std::max(0, m_status->findData(FellowStatuses::code(fellow.status))));
    m_statusDate->setValue(fellow.id > 0 ? fellow.statusDate : QDate::currentDate());
    // A new fellow comes for the whole programme unless told otherwise.
    const bool isNew = fellow.id <= 0;
    m_arrival->setValue(isNew && !fellow.arrival.isValid() ? cohort.programmeStart
                                                           : fellow.arrival);
    m_departure->setValue(isNew && !fellow.departure.isValid() ? cohort.programmeEnd
                                                               : fellow.departure);
    m_arrival->setContext([cohort] { return cohort.programmeStart; });
    m_departure->setContext([this, cohort] {
        return m_arrival->value().isValid() ? m_arrival->value() : cohort.programmeEnd;
    });
    m_dietary->setPlainText(fellow.dietaryNotes);
    m_medical->setPlainText(fellow.medicalNotes);
    m_contactName->setText(fellow.emergencyContactName);
    m_contactRelation->setText(fellow.emergencyContactRelation);
    m_contactPhone->setText(fellow.emergencyContactPhone);
    m_followUp->setPlainText(fellow.followUpNotes);
    m_notes->setPlainText(fellow.notes);
    if (db && db->hidesPersonalData())
        right->setWithheld({QStringLiteral("dietaryNotes"), QStringLiteral("medicalNotes"),
                            QStringLiteral("emergencyContactName"),
                            QStringLiteral("emergencyContactRelation"),
                            QStringLiteral("emergencyContactPhone")},
                           tr("Dietary needs, medical notes and emergency contacts are shown "
                              "only to the fellowship coordinator and administrators. Saving "
                              "keeps them as they are."));

    connect(m_person, &SearchPicker::currentChanged, this, &FellowDialog::personChosen);
    connect(m_organization, &SearchPicker::currentChanged, this, &FellowDialog::organizationChosen);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FellowDialog::statusChosen);
    resize(980, sizeHint().height());
}

void FellowDialog::personChosen()
{
    // The person's title now is the likely title of a fellow being added.
    if (!m_db || !m_person->hasCurrent() || !m_title->text().isEmpty())
        return;
    if (const auto p = PersonRepository(*m_db).find(m_person->currentKey().toLongLong()))
        m_title->setText(p->title);
}

void FellowDialog::organizationChosen()
{
    // A state's or city's state or province follows from the government.
    if (!m_db || !m_organization->hasCurrent() || m_subdivision->hasCurrent())
        return;
    const auto o = OrganizationRepository(*m_db).find(m_organization->currentKey().toLongLong());
    if (o && !o->subdivisionCode.isEmpty())
        m_subdivision->setCurrent(o->subdivisionCode,
                                  pickers::subdivisionLabel(m_db, o->subdivisionCode));
}

void FellowDialog::statusChosen()
{
    // A new status takes effect today unless the user says otherwise.
    const FellowStatus s = FellowStatuses::fromCode(m_status->currentData().toString());
    m_statusDate->setValue(m_original.id > 0 && s == m_original.status ? m_original.statusDate
                                                                       : QDate::currentDate());
}

Fellow FellowDialog::fellow() const
{
    Fellow f = m_original;
    f.cohortId = m_cohort.id;
    f.cohortYear = m_cohort.year;
    f.personId = m_person->currentKey().toLongLong();
    f.organizationId = m_organization->currentKey().toLongLong();
    f.subdivisionCode = m_subdivision->currentKey().toString();
    f.titleAtTime = m_title->text().trimmed();
    f.status = FellowStatuses::fromCode(m_status->currentData().toString());
    f.statusDate = m_statusDate->value();
    f.arrival = m_arrival->value();
    f.departure = m_departure->value();
    f.dietaryNotes = m_dietary->toPlainText();
    f.medicalNotes = m_medical->toPlainText();
    f.emergencyContactName = m_contactName->text().trimmed();
    f.emergencyContactRelation = m_contactRelation->text().trimmed();
    f.emergencyContactPhone = m_contactPhone->text().trimmed();
    f.followUpNotes = m_followUp->toPlainText();
    f.notes = m_notes->toPlainText();
    return f;
}

void FellowDialog::accept()
{
    clearErrors();
    const Fellow f = fellow();
    if (const FieldErrors errors = f.validate(); !errors.isEmpty()) {
        showFieldErrors(errors);
        return;
    }
    try {
        FellowRepository repo(*m_db);
        const bool withdrawing = f.id > 0 && f.status == FellowStatus::Withdrawn &&
                                 m_original.status != FellowStatus::Withdrawn;
        if (withdrawing) {
            Fellow named = f;
            named.personName = m_original.personName;
            const auto action =
                FellowWithdrawal::ask(this, named, repo.placementsAffectedByWithdrawal(f.id),
                                      f.statusDate.isValid() ? f.statusDate : QDate::currentDate());
            if (!action)
                return;
            // Everything else first, with the status as it was; then the withdrawal.
            Fellow rest = f;
            rest.status = m_original.status;
            rest.statusDate = m_original.statusDate;
            m_db->transaction([&] {
                repo.update(rest);
                repo.withdraw(f.id, *action, f.statusDate);
            });
            m_saved = *repo.find(f.id);
        } else {
            m_saved = repo.save(f);
        }
    } catch (const StorageError& e) {
        showError(e);
        return;
    }
    QDialog::accept();
}

} // namespace jlgc

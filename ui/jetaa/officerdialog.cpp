#include "jetaa/officerdialog.h"

#include "common/datefield.h"
#include "common/dialoglayout.h"
#include "common/searchpicker.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace jlgc {

OfficerDialog::OfficerDialog(DatabaseGetter db, const ChapterOfficer& officer, QWidget* parent)
    : QDialog(parent), m_officer(officer), m_person(new SearchPicker), m_office(new QComboBox),
      m_title(new QLineEdit), m_start(new DateField), m_end(new DateField), m_error(new QLabel)
{
    setWindowTitle(officer.personId > 0 ? tr("Edit officer") : tr("Add officer"));
    m_person->setProvider(pickers::people(db));
    m_person->setPlaceholderText(tr("Type a name in any script…"));
    if (officer.personId > 0)
        m_person->setCurrent(officer.personId, officer.personName);
    for (OfficerOffice o : OfficerOffices::all())
        m_office->addItem(OfficerOffices::label(o), OfficerOffices::code(o));
    m_office->setCurrentIndex(
        std::max(0, m_office->findData(OfficerOffices::code(officer.office))));
    m_title->setText(officer.officeTitle);
    m_title->setPlaceholderText(tr("e.g. Events coordinator"));
    m_start->setValue(officer.termStart);
    m_end->setValue(officer.termEnd);
    auto updateTitle = [this] {
        m_title->setEnabled(m_office->currentData().toString() ==
                            OfficerOffices::code(OfficerOffice::Other));
    };
    connect(m_office, &QComboBox::currentIndexChanged, this, updateTitle);
    updateTitle();

    layOutDialog(this, m_error,
                 {{tr("Person"), m_person},
                  {tr("Office"), m_office},
                  {tr("Name of the office"), m_title},
                  {tr("Term from"), m_start},
                  {tr("Term until"), m_end}},
                 480);
}

ChapterOfficer OfficerDialog::officer() const
{
    ChapterOfficer o = m_officer;
    o.personId = m_person->currentKey().toLongLong();
    o.personName = m_person->currentLabel();
    o.office = OfficerOffices::fromCode(m_office->currentData().toString());
    o.officeTitle = o.office == OfficerOffice::Other ? m_title->text().trimmed() : QString();
    o.termStart = m_start->value();
    o.termEnd = m_end->value();
    return o;
}

void OfficerDialog::accept()
{
    const ChapterOfficer o = officer();
    QString problem;
    if (o.personId <= 0)
        problem = tr("Choose the person from the list.");
    else if (o.office == OfficerOffice::Other && o.officeTitle.isEmpty())
        problem = tr("Name the office.");
    else if (o.termStart.isValid() && o.termEnd.isValid() && o.termEnd < o.termStart)
        problem = tr("The term ends before it begins.");
    acceptUnless(this, m_error, problem);
}

} // namespace jlgc

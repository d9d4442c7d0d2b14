#include "research/sourcedialog.h"

#include "common/dialoglayout.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace jlgc {

SourceDialog::SourceDialog(DatabaseGetter db, const ResearchSource& source, QWidget* parent)
    : QDialog(parent), m_source(source), m_kind(new QComboBox), m_organization(new SearchPicker),
      m_person(new SearchPicker), m_url(new QLineEdit), m_note(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(tr("Source of the answer"));
    for (SourceKind k : SourceKinds::all())
        m_kind->addItem(SourceKinds::label(k), SourceKinds::code(k));
    m_kind->setCurrentIndex(m_kind->findData(SourceKinds::code(source.kind)));
    m_organization->setProvider(pickers::organizations(db));
    m_person->setProvider(pickers::people(db));
    if (source.organization.id > 0)
        m_organization->setCurrent(source.organization.id,
                                   source.organization.display(uiLanguage()));
    if (source.person.id > 0)
        m_person->setCurrent(source.person.id, source.person.display(uiLanguage()));
    m_url->setText(source.url);
    m_url->setPlaceholderText(tr("https://…"));
    m_note->setText(source.note);

    layOutDialog(this, m_error,
                 {{tr("Kind"), m_kind},
                  {tr("Organization"), m_organization},
                  {tr("Person"), m_person},
                  {tr("Web address"), m_url},
                  {tr("Note"), m_note}},
                 480);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourceDialog::updateKind);
    updateKind();
}

void SourceDialog::updateKind()
{
    const SourceKind k = SourceKinds::fromCode(m_kind->currentData().toString());
    m_organization->setEnabled(k == SourceKind::Organization);
    m_person->setEnabled(k == SourceKind::Person);
    m_url->setEnabled(k == SourceKind::Link);
}

ResearchSource SourceDialog::source() const
{
    ResearchSource s = m_source;
    s.kind = SourceKinds::fromCode(m_kind->currentData().toString());
    s.organization = {m_organization->currentKey().toLongLong(), m_organization->currentLabel(),
                      m_organization->currentLabel()};
    s.person = {m_person->currentKey().toLongLong(), {}};
    s.person.name.family = m_person->currentLabel(); // for display until saved
    s.url = m_url->text().trimmed();
    s.note = m_note->text().trimmed();
    return s;
}

void SourceDialog::accept()
{
    ResearchRequest probe;
    probe.sources << source();
    QStringList problems;
    for (const auto& e : probe.validate())
        if (e.field == QLatin1String("sources"))
            problems << e.message;
    acceptUnless(this, m_error, problems.join(QLatin1Char('\n')));
}

} // namespace jlgc

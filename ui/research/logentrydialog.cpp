#include "research/logentrydialog.h"

#include "common/alertcolor.h"
#include "common/datefield.h"
#include "common/dialoglayout.h"
#include "common/fieldform.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "storage/researchlogrepository.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace jlgc {

LogEntryDialog::LogEntryDialog(DatabaseGetter db, const ResearchLogEntry& entry, QWidget* parent)
    : QDialog(parent), m_db(db), m_entry(entry), m_date(new DateField), m_kind(new QComboBox),
      m_orgPicker(new SearchPicker), m_personPicker(new SearchPicker), m_involved(new QListWidget),
      m_notes(new QPlainTextEdit), m_outcome(shortTextEdit(80)), m_error(new QLabel)
{
    setWindowTitle(entry.id > 0 ? tr("Edit log entry") : tr("New log entry"));
    m_date->setValue(entry.date.isValid() ? entry.date : QDate::currentDate());
    // What is logged has happened: 11/12 is the one nearest today, not next year's.
    m_date->setContext([] { return QDate::currentDate(); });
    for (LogKind k : LogKinds::all())
        m_kind->addItem(LogKinds::label(k), LogKinds::code(k));
    m_kind->setCurrentIndex(m_kind->findData(LogKinds::code(entry.kind)));
    m_orgPicker->setProvider(pickers::organizations(db));
    m_orgPicker->setPlaceholderText(tr("Add an organization…"));
    m_personPicker->setProvider(pickers::people(db));
    m_personPicker->setPlaceholderText(tr("Add a person…"));
    m_involved->setMaximumHeight(90);
    m_notes->setPlainText(entry.notes);
    m_outcome->setPlainText(entry.outcome);
    m_notes->setTabChangesFocus(true);
    showAsAlert(m_error);
    m_error->setWordWrap(true);
    m_error->hide();

    // A chosen organization or person joins the list at once.
    connect(m_orgPicker, &SearchPicker::currentChanged, this, [this](const QVariant& key) {
        if (!key.isValid() || key.isNull())
            return;
        const qint64 id = key.toLongLong();
        if (std::none_of(m_entry.organizations.cbegin(), m_entry.organizations.cend(),
                         [id](const OrganizationRef& o) { return o.id == id; }))
            m_entry.organizations << OrganizationRef{id, m_orgPicker->currentLabel(),
                                                     m_orgPicker->currentLabel()};
        m_orgPicker->clear();
        showRefs();
    });
    connect(m_personPicker, &SearchPicker::currentChanged, this, [this](const QVariant& key) {
        if (!key.isValid() || key.isNull())
            return;
        const qint64 id = key.toLongLong();
        if (std::none_of(m_entry.people.cbegin(), m_entry.people.cend(),
                         [id](const PersonRef& p) { return p.id == id; })) {
            PersonRef p{id, {}};
            p.name.family = m_personPicker->currentLabel(); // shown until saved
            m_entry.people << p;
        }
        m_personPicker->clear();
        showRefs();
    });
    auto* remove = new QPushButton(tr("Remove from the list"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_involved->currentRow();
        if (row < 0)
            return;
        if (row < m_entry.organizations.size())
            m_entry.organizations.removeAt(row);
        else
            m_entry.people.removeAt(row - m_entry.organizations.size());
        showRefs();
    });

    auto* form = new QFormLayout;
    alignFormLabels(form);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Organizations"), m_orgPicker);
    form->addRow(tr("People"), m_personPicker);
    auto* involved = new QHBoxLayout;
    involved->addWidget(m_involved, 1);
    involved->addWidget(remove, 0, Qt::AlignTop);
    form->addRow(tr("Involved"), involved);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Outcome"), m_outcome);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showRefs();
    resize(560, 520);
}

void LogEntryDialog::showRefs()
{
    m_involved->clear();
    const Language lang = uiLanguage();
    for (const OrganizationRef& o : std::as_const(m_entry.organizations))
        m_involved->addItem(o.display(lang));
    for (const PersonRef& p : std::as_const(m_entry.people))
        m_involved->addItem(p.display(lang));
}

ResearchLogEntry LogEntryDialog::entry() const
{
    ResearchLogEntry e = m_entry;
    e.date = m_date->value();
    e.kind = LogKinds::fromCode(m_kind->currentData().toString());
    e.notes = m_notes->toPlainText().trimmed();
    e.outcome = m_outcome->toPlainText().trimmed();
    return e;
}

void LogEntryDialog::accept()
{
    try {
        Database* db = m_db();
        if (!db)
            return;
        ResearchLogRepository repo(*db);
        const ResearchLogEntry e = entry();
        m_entry = repo.save(e);
    } catch (const StorageError& error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace jlgc

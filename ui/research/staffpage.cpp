#include "research/staffpage.h"

#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "research/staffpickers.h"
#include "research/stafftablemodel.h"
#include "storage/staffrepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace jlgc {

StaffPage::StaffPage(QWidget* parent)
    : KindPage(QStringLiteral("staff"), QString(), QT_TR_NOOP("New staff member"), parent),
      m_person(new SearchPicker), m_kind(new QComboBox), m_government(new SearchPicker),
      m_governmentOrg(new SearchPicker), m_positionJa(new QLineEdit), m_positionEn(new QLineEdit),
      m_termStart(new DateField), m_termEnd(new DateField), m_notes(shortTextEdit(90))
{
    setObjectName(QStringLiteral("staffPage"));
    const DatabaseGetter getDb = [this] { return database(); };
    m_person->setProvider(pickers::people(getDb));
    m_government->setProvider(pickers::jurisdictions(getDb));
    m_governmentOrg->setProvider(pickers::organizations(getDb));
    for (StaffKind k : StaffKinds::all())
        m_kind->addItem(QString(), StaffKinds::code(k));

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("post"), nullptr, QT_TR_NOOP("Post in the office")},
        {QStringLiteral("person"), m_person, QT_TR_NOOP("Person")},
        {QStringLiteral("kind"), m_kind, QT_TR_NOOP("Post")},
        {QStringLiteral("sendingGovernment"), m_government, QT_TR_NOOP("Sent by")},
        {QStringLiteral("sendingOrganization"), m_governmentOrg, QT_TR_NOOP("or organization")},
        {QStringLiteral("positionJa"), m_positionJa, QT_TR_NOOP("Position (Japanese)")},
        {QStringLiteral("positionEn"), m_positionEn, QT_TR_NOOP("Position (English)")},
        {QStringLiteral("termStart"), m_termStart, QT_TR_NOOP("Term starts")},
        {QStringLiteral("termEnd"), m_termEnd, QT_TR_NOOP("Term ends")},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });

    connect(m_kind, &QComboBox::currentIndexChanged, this, &StaffPage::updateKind);
    // A posting normally lasts two years: suggest the end once the start is known.
    connect(m_termStart, &DateField::dateChanged, this, [this] {
        if (m_termStart->value().isValid() && !m_termEnd->value().isValid() &&
            m_kind->currentData() == StaffKinds::code(StaffKind::DispatchedOfficial))
            m_termEnd->setValue(StaffMember::suggestedTermEnd(m_termStart->value()));
    });
    retranslate();
}

QString StaffPage::pageTitle()
{
    return tr("Staff");
}

void StaffPage::reload()
{
    if (!database()) {
        m_model->setStaff({}, QDate::currentDate());
        return;
    }
    readShortList([](Database& db) { return QVariant::fromValue(StaffRepository(db).list()); },
                  [this](const QVariant& staff) {
                      m_model->setStaff(staff.value<QList<StaffMember>>(), QDate::currentDate());
                  });
}

void StaffPage::updateKind()
{
    const bool dispatched =
        m_kind->currentData() == StaffKinds::code(StaffKind::DispatchedOfficial);
    m_government->setEnabled(dispatched);
    m_governmentOrg->setEnabled(dispatched);
}

void StaffPage::showLoaded()
{
    m_person->setCurrent(m_loaded.person.id, m_loaded.display(uiLanguage()));
    m_kind->setCurrentIndex(m_kind->findData(StaffKinds::code(m_loaded.kind)));
    staffpickers::showGovernment(database(), m_loaded.sendingGovernment, m_government,
                                 m_governmentOrg);
    m_positionJa->setText(m_loaded.positionJa);
    m_positionEn->setText(m_loaded.positionEn);
    m_termStart->setValue(m_loaded.termStart);
    m_termEnd->setValue(m_loaded.termEnd);
    m_notes->setPlainText(m_loaded.notes);
    updateKind();
}

void StaffPage::clearFields()
{
    m_person->clear();
    m_kind->setCurrentIndex(0);
    m_government->clear();
    m_governmentOrg->clear();
    m_positionJa->clear();
    m_positionEn->clear();
    m_termStart->clearValue();
    m_termEnd->clearValue();
    m_notes->clear();
    updateKind();
}

StaffMember StaffPage::formRecord() const
{
    StaffMember s = m_loaded;
    s.person.id = m_person->currentKey().toLongLong();
    s.kind = StaffKinds::fromCode(m_kind->currentData().toString());
    s.sendingGovernment = s.kind == StaffKind::DispatchedOfficial
                              ? staffpickers::governmentFrom(m_government, m_governmentOrg)
                              : GovernmentRef{};
    s.positionJa = m_positionJa->text().trimmed();
    s.positionEn = m_positionEn->text().trimmed();
    s.termStart = m_termStart->value();
    s.termEnd = m_termEnd->value();
    s.notes = m_notes->toPlainText();
    return s;
}

QString StaffPage::describeCurrent() const
{
    const QString name = m_person->currentLabel();
    return name.isEmpty() ? newRecordTitle() : name;
}

void StaffPage::retranslate()
{
    KindPage::retranslate();
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(
            i, StaffKinds::label(StaffKinds::fromCode(m_kind->itemData(i).toString())));
    m_person->setPlaceholderText(tr("Type a name…"));
    m_government->setPlaceholderText(tr("Prefecture or municipality, e.g. 兵庫県"));
    m_governmentOrg->setPlaceholderText(tr("A ministry or other body, if not a local government"));
    m_positionJa->setPlaceholderText(tr("e.g. 所長補佐"));
    m_positionEn->setPlaceholderText(tr("e.g. Assistant Director"));
}

void StaffPage::languageChanged()
{
    m_model->retranslate();
    refreshList();
}

template class KindPage<StaffPage, StaffRepository, StaffMember, StaffTableModel>;

} // namespace jlgc

#include "fellowship/hostfamiliespage.h"

#include "common/columnfitter.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/pickers.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"
#include "storage/database.h"
#include "storage/homestayrepository.h"
#include "storage/hostfamilyrepository.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {
enum MemberColumn { MemberName, MemberAge, MemberRole };
enum HistoryColumn { HistoryYear, HistoryFellow, HistoryNights, HistoryCount };

QTableWidget* smallTable(int columns)
{
    auto* t = new QTableWidget(0, columns);
    ColumnFitter::install(t); // never wider than the form
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setMinimumHeight(100);
    return t;
}
} // namespace

HostFamiliesPage::HostFamiliesPage(QWidget* parent)
    : KindPage(QStringLiteral("hostFamilies"), QStringLiteral("host_families"),
               QStringLiteral("host_family"), QT_TR_NOOP("New host family"), parent),
      m_kanji(new QLineEdit), m_kana(new QLineEdit), m_romaji(new QLineEdit),
      m_municipality(new SearchPicker), m_address(shortTextEdit(48)), m_languages(new QLineEdit),
      m_capacity(new QSpinBox), m_smoking(new QCheckBox), m_pets(new QLineEdit),
      m_accessibility(new QLineEdit), m_dietary(shortTextEdit(48)),
      m_availability(shortTextEdit(48)), m_notes(shortTextEdit(48)), m_membersBox(new QGroupBox),
      m_members(smallTable(3)), m_addMember(new QPushButton), m_removeMember(new QPushButton),
      m_historyBox(new QGroupBox), m_history(smallTable(4))
{
    setObjectName(QStringLiteral("hostFamiliesPage"));
    m_model->setAlsoFollows({QStringLiteral("homestays")}); // the Homestays column
    m_municipality->setProvider(pickers::jurisdictions([this] { return database(); }));
    m_capacity->setRange(1, 20);
    m_kanji->setObjectName(QStringLiteral("familyNameKanji"));
    m_romaji->setObjectName(QStringLiteral("familyNameRomaji"));

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("names"), nullptr, QT_TR_NOOP("Family name")},
        {QStringLiteral("familyNameKanji"), m_kanji, QT_TR_NOOP("Kanji")},
        {QStringLiteral("familyNameKana"), m_kana, QT_TR_NOOP("Kana")},
        {QStringLiteral("familyNameRomaji"), m_romaji, QT_TR_NOOP("Romaji")},
        {QStringLiteral("home"), nullptr, QT_TR_NOOP("Home and household")},
        {QStringLiteral("municipalityCode"), m_municipality, QT_TR_NOOP("Municipality")},
        {QStringLiteral("addressJa"), m_address, QT_TR_NOOP("Address in Japanese (sensitive)")},
        {QStringLiteral("languages"), m_languages, QT_TR_NOOP("Languages spoken")},
        {QStringLiteral("capacity"), m_capacity, QT_TR_NOOP("Room for (fellows)")},
        {QStringLiteral("smoking"), m_smoking, QT_TR_NOOP("Smoking")},
        {QStringLiteral("pets"), m_pets, QT_TR_NOOP("Pets")},
        {QStringLiteral("accessibility"), m_accessibility, QT_TR_NOOP("Accessibility")},
        {QStringLiteral("dietaryNotes"), m_dietary, QT_TR_NOOP("Food the family can provide")},
        {QStringLiteral("availabilityNotes"), m_availability, QT_TR_NOOP("Availability")},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });

    // Members: a person on record or just a name, with an age or a role.
    auto* membersLayout = new QVBoxLayout(m_membersBox);
    m_members->setObjectName(QStringLiteral("memberTable"));
    membersLayout->addWidget(m_members);
    auto* row = new QHBoxLayout;
    row->addWidget(m_addMember);
    row->addWidget(m_removeMember);
    row->addStretch(1);
    // The buttons above the list: in sight without scrolling the form.
    membersLayout->insertLayout(membersLayout->indexOf(m_members), row);
    detailArea()->addWidget(m_membersBox);
    connect(m_addMember, &QPushButton::clicked, this, [this] {
        const int r = m_members->rowCount();
        m_members->insertRow(r);
        for (int c = MemberName; c <= MemberRole; ++c)
            m_members->setItem(r, c, new QTableWidgetItem);
        m_members->setCurrentCell(r, MemberName);
        m_members->editItem(m_members->item(r, MemberName));
        setDirty(true);
    });
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() < 0)
            return;
        m_members->removeRow(m_members->currentRow());
        setDirty(true);
    });
    connect(m_members, &QTableWidget::itemChanged, this, [this] {
        if (!m_showingMembers)
            setDirty(true);
    });

    auto* historyLayout = new QVBoxLayout(m_historyBox);
    m_history->setObjectName(QStringLiteral("placementHistory"));
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    historyLayout->addWidget(m_history);
    // Who stayed with the family matters more than who lives there: first.
    detailArea()->insertWidget(0, m_historyBox);
    retranslate();
}

QString HostFamiliesPage::pageTitle()
{
    return tr("Host families");
}

void HostFamiliesPage::setDatabase(Database* db)
{
    RecordPage::setDatabase(db);
    showWhatIsWithheld(); // what this login's role withholds
}

void HostFamiliesPage::showLoaded()
{
    m_kanji->setText(m_loaded.familyNameKanji);
    m_kana->setText(m_loaded.familyNameKana);
    m_romaji->setText(m_loaded.familyNameRomaji);
    m_municipality->setCurrent(
        m_loaded.municipalityCode.isEmpty() ? QVariant() : QVariant(m_loaded.municipalityCode),
        pickers::jurisdictionLabel(database(), m_loaded.municipalityCode));
    m_address->setPlainText(m_loaded.addressJa);
    m_languages->setText(m_loaded.languages);
    m_capacity->setValue(m_loaded.capacity);
    m_smoking->setChecked(m_loaded.smoking);
    m_pets->setText(m_loaded.pets);
    m_accessibility->setText(m_loaded.accessibility);
    m_dietary->setPlainText(m_loaded.dietaryNotes);
    m_availability->setPlainText(m_loaded.availabilityNotes);
    m_notes->setPlainText(m_loaded.notes);
    showMembers(m_loaded.members);
    showHistory(m_loaded.id);
}

void HostFamiliesPage::showWhatIsWithheld()
{
    const bool hidden = database() && database()->hidesPersonalData();
    formFields()->setWithheld(hidden ? QStringList{QStringLiteral("addressJa")} : QStringList{},
                              tr("The family's address is shown only to the fellowship "
                                 "coordinator and administrators. Saving keeps it as it is."));
}

void HostFamiliesPage::clearFields()
{
    for (QLineEdit* e : {m_kanji, m_kana, m_romaji, m_languages, m_pets, m_accessibility})
        e->clear();
    for (QPlainTextEdit* e : {m_address, m_dietary, m_availability, m_notes})
        e->clear();
    m_municipality->clear();
    m_capacity->setValue(1);
    m_smoking->setChecked(false);
    showMembers({});
    showHistory(0);
}

void HostFamiliesPage::showMembers(const QList<HostFamilyMember>& members)
{
    m_showingMembers = true;
    const Language lang = uiLanguage();
    m_members->setRowCount(int(members.size()));
    for (int r = 0; r < members.size(); ++r) {
        const HostFamilyMember& m = members.at(r);
        auto* name = new QTableWidgetItem(m.display(lang));
        // A member on record keeps the person's name; the People page edits it.
        name->setData(Qt::UserRole, m.personId);
        if (m.personId > 0)
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_members->setItem(r, MemberName, name);
        m_members->setItem(r, MemberAge,
                           new QTableWidgetItem(m.age ? QString::number(*m.age) : QString()));
        m_members->setItem(r, MemberRole, new QTableWidgetItem(m.role));
    }
    m_members->resizeColumnToContents(MemberName);
    m_showingMembers = false;
}

QList<HostFamilyMember> HostFamiliesPage::formMembers() const
{
    QList<HostFamilyMember> result;
    for (int r = 0; r < m_members->rowCount(); ++r) {
        auto text = [&](int c) {
            const QTableWidgetItem* item = m_members->item(r, c);
            return item ? item->text().trimmed() : QString();
        };
        HostFamilyMember m;
        const QTableWidgetItem* name = m_members->item(r, MemberName);
        m.personId = name ? name->data(Qt::UserRole).toLongLong() : 0;
        if (m.personId <= 0)
            m.name = text(MemberName);
        bool ok = false;
        const int age = text(MemberAge).toInt(&ok);
        if (ok)
            m.age = age;
        else if (!text(MemberAge).isEmpty())
            m.age = -1; // not a number: the rules say what is wrong
        m.role = text(MemberRole);
        if (m.personId <= 0 && m.name.isEmpty() && !m.age && m.role.isEmpty())
            continue; // an empty row left by Add
        result << m;
    }
    return result;
}

void HostFamiliesPage::showHistory(HostFamilyId id)
{
    const QList<HomestayPlacement> placements =
        database() && id > 0 ? HostFamilyRepository(*database()).placementHistory(id)
                             : QList<HomestayPlacement>{};
    const Language lang = uiLanguage();
    m_history->setRowCount(int(placements.size()));
    for (int r = 0; r < placements.size(); ++r) {
        const HomestayPlacement& p = placements.at(r);
        const QStringList cells = {QString::number(p.cohortYear), p.fellowName.display(lang),
                                   FellowshipFormat::dateRange(p.firstNight, p.lastNight),
                                   QLocale().toString(p.nightCount())};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    ColumnFitter::fit(m_history);
    m_historyBox->setTitle(placements.isEmpty() ? tr("Fellows hosted: none yet")
                                                : tr("Fellows hosted (%1)").arg(placements.size()));
}

HostFamily HostFamiliesPage::formRecord() const
{
    HostFamily f = m_loaded;
    f.familyNameKanji = m_kanji->text().trimmed();
    f.familyNameKana = m_kana->text().trimmed();
    f.familyNameRomaji = m_romaji->text().trimmed();
    f.municipalityCode = m_municipality->currentKey().toString();
    f.addressJa = m_address->toPlainText(); // sensitive: kept exactly as typed
    f.languages = m_languages->text().trimmed();
    f.capacity = m_capacity->value();
    f.smoking = m_smoking->isChecked();
    f.pets = m_pets->text().trimmed();
    f.accessibility = m_accessibility->text().trimmed();
    f.dietaryNotes = m_dietary->toPlainText().trimmed();
    f.availabilityNotes = m_availability->toPlainText().trimmed();
    f.notes = m_notes->toPlainText();
    f.members = formMembers();
    return f;
}

QVariant HostFamiliesPage::saveForm()
{
    const HostFamily f = formRecord();
    // The picker offers prefectures too; a family lives in a municipality.
    if (f.municipalityCode.size() == 2)
        throw StorageError(
            FieldErrors{{QStringLiteral("municipalityCode"),
                         tr("Choose the city, town or village, not the whole prefecture.")}});
    return saveRecord(f);
}

QString HostFamiliesPage::describeCurrent() const
{
    const HostFamily f = formRecord();
    if (f.familyNameKanji.isEmpty() && f.familyNameRomaji.isEmpty())
        return newRecordTitle();
    return f.display(uiLanguage());
}

void HostFamiliesPage::retranslate()
{
    KindPage::retranslate();
    m_smoking->setText(tr("Someone smokes at home"));
    m_kanji->setPlaceholderText(tr("e.g. 鈴木"));
    m_kana->setPlaceholderText(tr("e.g. すずき"));
    m_romaji->setPlaceholderText(tr("e.g. Suzuki"));
    m_municipality->setPlaceholderText(
        tr("Type kanji, kana, romaji or a code, e.g. きたいばらき…"));
    m_address->setPlaceholderText(tr("Kept out of reports and exports"));
    showWhatIsWithheld();
    m_languages->setPlaceholderText(tr("e.g. Japanese, some English"));
    m_pets->setPlaceholderText(tr("e.g. a cat (empty: none)"));
    m_accessibility->setPlaceholderText(tr("e.g. step-free entrance, guest room upstairs"));
    m_dietary->setPlaceholderText(tr("e.g. vegetarian meals, no nuts in the house"));
    m_membersBox->setTitle(tr("Members"));
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Age"), tr("Role")});
    m_addMember->setText(tr("Add member"));
    m_removeMember->setText(tr("Remove member"));
    m_history->setHorizontalHeaderLabels({tr("Year"), tr("Fellow"), tr("Dates"), tr("Nights")});
}

void HostFamiliesPage::languageChanged()
{
    m_model->retranslate();
    if (!readRecordAgain())
        showHistory(m_loaded.id);
}

void HostFamiliesPage::showEvent(QShowEvent* event)
{
    RecordPage::showEvent(event);
    // Homestays are added on the Fellowship page: the counts and the history follow.
    if (database()) {
        refreshList();
        if (m_loaded.id > 0)
            showHistory(m_loaded.id);
    }
}

template class KindPage<HostFamiliesPage, HostFamilyRepository, HostFamily>;

} // namespace jlgc

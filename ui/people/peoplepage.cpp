#include "people/peoplepage.h"

#include "common/detailtable.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/ownedrows.h"
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "people/affiliationdialog.h"
#include "storage/fellowrepository.h"
#include "storage/personrepository.h"

#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

PeoplePage::PeoplePage(QWidget* parent)
    : KindPage(QStringLiteral("people"), QStringLiteral("people"), QStringLiteral("person"),
               QT_TR_NOOP("New person"), parent),
      m_familyKanji(new QLineEdit), m_givenKanji(new QLineEdit), m_familyKana(new QLineEdit),
      m_givenKana(new QLineEdit), m_family(new QLineEdit), m_given(new QLineEdit),
      m_title(new QLineEdit), m_email(new QLineEdit), m_phone(new QLineEdit),
      m_languages(new QLineEdit), m_notes(new QPlainTextEdit),
      m_affiliationBox(
          new DetailTable(4, DetailTable::Add | DetailTable::Edit | DetailTable::Remove)),
      m_fellowshipBox(new QGroupBox), m_fellowship(new QListWidget)
{
    setObjectName(QStringLiteral("peoplePage"));

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("names"), nullptr, QT_TR_NOOP("Name")},
        {QStringLiteral("familyKanji"), m_familyKanji, QT_TR_NOOP("Family name (kanji)")},
        {QStringLiteral("givenKanji"), m_givenKanji, QT_TR_NOOP("Given name (kanji)")},
        {QStringLiteral("familyKana"), m_familyKana, QT_TR_NOOP("Family name (kana)")},
        {QStringLiteral("givenKana"), m_givenKana, QT_TR_NOOP("Given name (kana)")},
        {QStringLiteral("family"), m_family, QT_TR_NOOP("Family name (Latin)")},
        {QStringLiteral("given"), m_given, QT_TR_NOOP("Given name (Latin)")},
        {QStringLiteral("contact"), nullptr, QT_TR_NOOP("Contact")},
        {QStringLiteral("title"), m_title, QT_TR_NOOP("Title")},
        {QStringLiteral("email"), m_email, QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), m_phone, QT_TR_NOOP("Phone")},
        {QStringLiteral("languages"), m_languages, QT_TR_NOOP("Languages")},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(110);
    m_familyKanji->setObjectName(QStringLiteral("familyKanji"));
    m_family->setObjectName(QStringLiteral("family"));
    m_email->setObjectName(QStringLiteral("email"));

    // Affiliations: where the person works, in what role, since when.
    m_affiliationBox->table()->setMinimumHeight(110);
    detailArea()->addWidget(m_affiliationBox);
    DatabaseGetter getDb = [this] { return database(); };
    m_affiliations = new OwnedRows<Affiliation>(
        OwnedRowsBase::controlsOf(m_affiliationBox),
        [this](const Affiliation& a) {
            return QStringList{a.organizationName, a.role, DateText::date(a.start, uiLanguage()),
                               DateText::date(a.end, uiLanguage())};
        },
        askThrough(this, &AffiliationDialog::affiliation, getDb), this);
    connect(m_affiliations, &OwnedRowsBase::edited, this, [this] { setDirty(true); });

    // The person's CLAIR Fellowship years, read only (edited on the Fellowship page).
    auto* fellowshipLayout = new QVBoxLayout(m_fellowshipBox);
    m_fellowship->setObjectName(QStringLiteral("fellowshipHistory"));
    m_fellowship->setMaximumHeight(90);
    fellowshipLayout->addWidget(m_fellowship);
    m_fellowshipBox->hide();
    detailArea()->addWidget(m_fellowshipBox);

    retranslate();
}

QString PeoplePage::pageTitle()
{
    return tr("People");
}

void PeoplePage::showLoaded()
{
    const PersonName& n = m_loaded.name;
    m_familyKanji->setText(n.familyKanji);
    m_givenKanji->setText(n.givenKanji);
    m_familyKana->setText(n.familyKana);
    m_givenKana->setText(n.givenKana);
    m_family->setText(n.family);
    m_given->setText(n.given);
    m_title->setText(m_loaded.title);
    m_email->setText(m_loaded.email);
    m_phone->setText(m_loaded.phone);
    m_languages->setText(m_loaded.languages);
    m_notes->setPlainText(m_loaded.notes);
    m_affiliations->setItems(m_loaded.affiliations);
    showFellowship(m_loaded.id);
}

void PeoplePage::clearFields()
{
    for (QLineEdit* e : {m_familyKanji, m_givenKanji, m_familyKana, m_givenKana, m_family, m_given,
                         m_title, m_email, m_phone, m_languages})
        e->clear();
    m_notes->clear();
    m_affiliations->setItems({});
    showFellowship(0);
}

Person PeoplePage::formRecord() const
{
    Person p = m_loaded;
    p.name.familyKanji = m_familyKanji->text().trimmed();
    p.name.givenKanji = m_givenKanji->text().trimmed();
    p.name.familyKana = m_familyKana->text().trimmed();
    p.name.givenKana = m_givenKana->text().trimmed();
    p.name.family = m_family->text().trimmed();
    p.name.given = m_given->text().trimmed();
    p.title = m_title->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.languages = m_languages->text().trimmed();
    p.notes = m_notes->toPlainText();
    p.affiliations = m_affiliations->items();
    return p;
}

QTableWidget* PeoplePage::affiliationTable() const
{
    return m_affiliations->table();
}

void PeoplePage::addAffiliation(const Affiliation& a)
{
    m_affiliations->add(a);
}

void PeoplePage::showFellowship(PersonId id)
{
    m_fellowship->clear();
    const QList<Fellow> years =
        database() && id > 0 ? FellowRepository(*database()).historyOfPerson(id) : QList<Fellow>{};
    for (const Fellow& f : years) {
        const QString government = f.organizationName(uiLanguage());
        QString line = tr("%1 — %2").arg(f.cohortYear).arg(FellowStatuses::label(f.status));
        if (!government.isEmpty())
            line += QStringLiteral(" · ") + government;
        m_fellowship->addItem(line);
    }
    m_fellowshipBox->setVisible(!years.isEmpty());
}

void PeoplePage::retranslate()
{
    KindPage::retranslate();
    m_familyKanji->setPlaceholderText(tr("e.g. 山田"));
    m_givenKanji->setPlaceholderText(tr("e.g. 太郎"));
    m_familyKana->setPlaceholderText(tr("e.g. やまだ"));
    m_givenKana->setPlaceholderText(tr("e.g. たろう"));
    m_family->setPlaceholderText(tr("e.g. Yamada"));
    m_given->setPlaceholderText(tr("e.g. Taro"));
    m_languages->setPlaceholderText(tr("e.g. Japanese, English"));
    m_affiliationBox->setTitle(tr("Affiliations"));
    m_fellowshipBox->setTitle(tr("CLAIR Fellowship"));
    m_affiliationBox->setHeaders({tr("Organization"), tr("Role"), tr("From"), tr("Until")});
}

void PeoplePage::languageChanged()
{
    m_model->retranslate();
    // Organization names in the affiliations follow the language too.
    refreshList();
    readRecordAgain();
}

template class KindPage<PeoplePage, PersonRepository, Person>;

} // namespace jlgc

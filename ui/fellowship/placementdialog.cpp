#include "fellowship/placementdialog.h"

#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"
#include "fellowship/hostfamilypicker.h"
#include "storage/homestayrepository.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace jlgc {

PlacementDialog::PlacementDialog(Database* db, const Cohort& cohort, const QList<Fellow>& fellows,
                                 const HomestayPlacement& placement, QWidget* parent)
    : CohortRecordDialog(db, cohort, placement, parent), m_fellow(new QComboBox),
      m_family(new SearchPicker), m_first(new DateField), m_last(new DateField),
      m_notes(notesEdit(64))
{
    setObjectName(QStringLiteral("placementDialog"));
    setWindowTitle(placement.id > 0 ? tr("Edit homestay") : tr("Place a fellow with a family"));
    const Language lang = uiLanguage();
    m_fellow->addItem(tr("Choose a fellow…"), 0);
    for (const Fellow& f : fellows) {
        // Those who take part need a family; a withdrawn fellow's old placement stays editable.
        if (!f.takesPart() && f.id != placement.fellowId)
            continue;
        m_fellow->addItem(tr("%1 (%2)").arg(f.display(lang), FellowStatuses::label(f.status)),
                          f.id);
    }
    m_family->setProvider(pickers::hostFamilies([db] { return db; }));
    m_family->setPlaceholderText(tr("Type the family name in kanji, kana or romaji…"));

    auto* form = new FieldForm;
    form->add(QStringLiteral("fellowId"), m_fellow, tr("Fellow"));
    form->add(QStringLiteral("hostFamilyId"), m_family, tr("Host family"));
    form->add(QStringLiteral("firstNight"), m_first, tr("First night"));
    form->add(QStringLiteral("lastNight"), m_last, tr("Last night"));
    form->add(QStringLiteral("notes"), m_notes, tr("Notes"));
    setForms({form});

    m_fellow->setCurrentIndex(std::max(0, m_fellow->findData(placement.fellowId)));
    m_family->setCurrent(placement.hostFamilyId > 0 ? QVariant(placement.hostFamilyId) : QVariant(),
                         pickers::hostFamilyLabel(db, placement.hostFamilyId));
    // A new placement proposes the nights of the host portion (its last day is for travel).
    QDate first = placement.firstNight;
    QDate last = placement.lastNight;
    if (!first.isValid() && cohort.hostStart.isValid()) {
        first = cohort.hostStart;
        last = cohort.hostEnd > cohort.hostStart ? cohort.hostEnd.addDays(-1) : cohort.hostStart;
    }
    m_first->setValue(first);
    m_last->setValue(last);
    m_first->setContext([cohort] { return cohort.hostStart; });
    m_last->setContext([this] { return m_first->value(); });
    m_notes->setPlainText(placement.notes);

    connect(m_fellow, &QComboBox::currentIndexChanged, this, &PlacementDialog::updateWarnings);
    connect(m_family, &SearchPicker::currentChanged, this, &PlacementDialog::updateWarnings);
    connect(m_first, &DateField::dateChanged, this, &PlacementDialog::updateWarnings);
    connect(m_last, &DateField::dateChanged, this, &PlacementDialog::updateWarnings);
    updateWarnings();
    resize(620, sizeHint().height());
}

HomestayPlacement PlacementDialog::placement() const
{
    HomestayPlacement p = m_original;
    p.fellowId = m_fellow->currentData().toLongLong();
    p.hostFamilyId = m_family->currentKey().toLongLong();
    p.firstNight = m_first->value();
    p.lastNight = m_last->value();
    p.notes = m_notes->toPlainText();
    return p;
}

void PlacementDialog::updateWarnings()
{
    // The rules as the user chooses: what would stop the save, and what to check.
    const HomestayPlacement p = placement();
    if (!m_db || p.fellowId <= 0 || p.hostFamilyId <= 0) {
        setNote({});
        return;
    }
    const PlacementCheck check = HomestayRepository(*m_db).check(p);
    QStringList lines;
    for (const auto& e : check.errors)
        lines << QStringLiteral("✖ ") + e.message;
    for (const HomestayWarning& w : check.warnings)
        lines << QStringLiteral("⚠ ") + w.message;
    setNote(lines.join(QLatin1Char('\n')));
}

void PlacementDialog::accept()
{
    clearErrors();
    HomestayPlacement p = placement();
    HomestayRepository repo(*m_db);
    const PlacementCheck check = repo.check(p);
    if (check.hasErrors()) {
        showFieldErrors(check.errors);
        return;
    }
    const QList<HomestayWarning> warnings = check.unaccepted(p);
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const HomestayWarning& w : warnings)
            lines << QStringLiteral("• ") + w.message;
        QMessageBox box(QMessageBox::Warning, tr("Check this homestay"),
                        tr("Please check before saving this homestay:"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                               tr("Save it anyway? The warnings are recorded as accepted."));
        box.button(QMessageBox::Yes)->setText(tr("Save anyway"));
        box.button(QMessageBox::No)->setText(tr("Go back"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
        for (const HomestayWarning& w : warnings)
            if (!p.acceptedWarnings.contains(w.kind))
                p.acceptedWarnings << w.kind;
    }
    saveAndClose([&] { m_saved = repo.save(p); });
}

} // namespace jlgc

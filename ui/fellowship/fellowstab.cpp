#include "fellowship/fellowstab.h"

#include "common/columnfitter.h"
#include "common/itemroles.h"
#include "common/recordfilterproxy.h"
#include "common/uilanguage.h"
#include "fellowship/fellowdialog.h"
#include "fellowship/fellowshipformat.h"
#include "fellowship/fellowtablemodel.h"
#include "fellowship/fellowwithdrawal.h"
#include "storage/fellowrepository.h"
#include "storage/homestayrepository.h"
#include "storage/referencerepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <algorithm>

namespace jlgc {

FellowsTab::FellowsTab(QWidget* parent)
    : CohortTab(parent), m_model(new FellowTableModel(this)), m_proxy(new RecordFilterProxy(this)),
      m_summary(new QLabel), m_table(new QTableView), m_add(new QPushButton),
      m_edit(new QPushButton), m_withdraw(new QPushButton), m_remove(new QPushButton)
{
    setObjectName(QStringLiteral("fellowsTab"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("fellowTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FellowTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_summary->setWordWrap(true);
    ColumnFitter::install(m_table);
    m_add->setObjectName(QStringLiteral("addFellow"));

    layOut(m_summary, m_table, {m_add, m_edit, m_withdraw, m_remove});

    connect(m_add, &QPushButton::clicked, this, &FellowsTab::addFellow);
    connect(m_edit, &QPushButton::clicked, this, &FellowsTab::editFellow);
    connect(m_withdraw, &QPushButton::clicked, this, &FellowsTab::withdrawFellow);
    connect(m_remove, &QPushButton::clicked, this, &FellowsTab::removeFellow);
    connect(m_table, &QTableView::doubleClicked, this, &FellowsTab::editFellow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FellowsTab::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FellowsTab::updateButtons);
    retranslate();
}

void FellowsTab::refresh()
{
    const qint64 keep = currentFellowId();
    if (!m_db || m_cohort.id <= 0) {
        m_model->setFellows({}, {}, {});
        updateSummary();
        return;
    }
    FellowFilter filter;
    filter.cohortId = m_cohort.id;
    QHash<QString, QString> names;
    for (const Subdivision& s : ReferenceRepository(*m_db).subdivisions())
        names.insert(s.code, s.name);
    HomestayFilter stays;
    stays.cohortId = m_cohort.id;
    QHash<FellowId, QStringList> homestays;
    const Language lang = uiLanguage();
    for (const HomestayPlacement& p : HomestayRepository(*m_db).list(stays))
        homestays[p.fellowId] << tr("%1 (%2)").arg(
            p.familyDisplay(lang), FellowshipFormat::dateRange(p.firstNight, p.lastNight));
    m_model->setFellows(FellowRepository(*m_db).list(filter), names, homestays);
    // Long titles and names of departments must not push the rest out of sight.
    ColumnFitter::fit(m_table);
    if (keep > 0)
        selectFellow(keep);
    updateSummary();
}

void FellowsTab::updateSummary()
{
    const QList<Fellow>& fellows = m_model->fellows();
    if (m_cohort.id <= 0) {
        m_summary->setText(tr("Save the cohort to add its fellows."));
        return;
    }
    if (fellows.isEmpty()) {
        m_summary->setText(tr("No fellows yet. Add the people nominated for %1; a person not yet "
                              "on record is added on the People page first.")
                               .arg(m_cohort.year));
        return;
    }
    QSet<QString> places;
    int unconfirmed = 0;
    for (const Fellow& f : fellows) {
        if (!f.subdivisionCode.isEmpty() && f.status != FellowStatus::Withdrawn)
            places.insert(f.subdivisionCode);
        if (FellowStatuses::isUnconfirmed(f.status))
            ++unconfirmed;
    }
    QStringList parts{tr("%n fellow(s)", nullptr, int(fellows.size())),
                      tr("from %n state(s) or province(s)", nullptr, int(places.size()))};
    if (unconfirmed > 0)
        parts << tr("%n not yet confirmed", nullptr, unconfirmed);
    m_summary->setText(joinSummary(parts));
}

qint64 FellowsTab::currentFellowId() const
{
    const QModelIndex idx = m_table->currentIndex();
    return idx.isValid() ? idx.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
}

bool FellowsTab::selectFellow(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, 0);
        if (idx.data(IdRole).toLongLong() == id) {
            m_table->setCurrentIndex(idx);
            return true;
        }
    }
    return false;
}

void FellowsTab::addFellow()
{
    if (!m_db || m_cohort.id <= 0)
        return;
    Fellow f;
    f.cohortId = m_cohort.id;
    FellowDialog dialog(m_db, m_cohort, f, this);
    runDialog(dialog, [&] { selectFellow(dialog.saved().id); });
}

void FellowsTab::editFellow()
{
    editInDialog<FellowRepository, FellowDialog>(currentFellowId());
}

void FellowsTab::withdrawFellow()
{
    const qint64 id = currentFellowId();
    if (!m_db || id <= 0)
        return;
    const auto fellow = FellowRepository(*m_db).find(id);
    if (!fellow || fellow->status == FellowStatus::Withdrawn)
        return;
    try {
        if (!FellowWithdrawal::run(this, *m_db, *fellow))
            return;
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Not withdrawn"), e.message());
        return;
    }
    refresh();
    emit changed();
}

void FellowsTab::removeFellow()
{
    const qint64 id = currentFellowId();
    if (!m_db || id <= 0)
        return;
    const auto fellow = FellowRepository(*m_db).find(id);
    if (!fellow)
        return;
    removeAfterAsking(
        tr("Remove fellow"),
        tr("Remove %1 from the %2 cohort?\n\nUse this for a fellow added by mistake; a fellow "
           "who leaves the programme is withdrawn instead, which keeps the record.")
            .arg(fellow->display(uiLanguage()))
            .arg(m_cohort.year),
        [&] { FellowRepository(*m_db).remove(id); });
}

void FellowsTab::updateButtons()
{
    const bool cohort = m_db && m_cohort.id > 0;
    const QModelIndex idx = m_table->currentIndex();
    const Fellow* f = idx.isValid() ? m_model->fellow(m_proxy->mapToSource(idx).row()) : nullptr;
    m_add->setEnabled(cohort);
    m_edit->setEnabled(cohort && f);
    m_withdraw->setEnabled(cohort && f && f->status != FellowStatus::Withdrawn);
    m_remove->setEnabled(cohort && f);
}

void FellowsTab::retranslate()
{
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_withdraw->setText(tr("Withdraw…"));
    m_remove->setText(tr("Remove"));
    m_add->setToolTip(tr("Add a fellow to this cohort"));
    m_withdraw->setToolTip(tr("The fellow leaves the programme; the record is kept"));
    m_proxy->updateCollation();
    m_model->retranslate();
    updateSummary();
    updateButtons();
}

} // namespace jlgc

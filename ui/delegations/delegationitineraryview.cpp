#include "delegations/delegationitineraryview.h"

#include "common/alertcolor.h"
#include "common/uilanguage.h"
#include "delegations/delegationitinerarydialog.h"
#include "domain/datetext.h"
#include "domain/timezonenames.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {
constexpr int ItemIdRole = Qt::UserRole + 1;

QString pick(Language l, const QString& en, const QString& ja)
{
    if (l == Language::Japanese)
        return ja.isEmpty() ? en : ja;
    return en.isEmpty() ? ja : en;
}
} // namespace

DelegationItineraryView::DelegationItineraryView(DatabaseGetter getDb, QWidget* parent)
    : QWidget(parent), m_db(std::move(getDb)), m_tree(new QTreeWidget), m_message(new QLabel),
      m_add(new QPushButton), m_edit(new QPushButton), m_remove(new QPushButton)
{
    m_tree->setColumnCount(5);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMinimumHeight(220);
    m_message->setWordWrap(true);
    showAsAlert(m_message);
    m_message->hide();
    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addItineraryItem"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The buttons above the list: in sight without scrolling the form.
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        DelegationItineraryItem item;
        item.delegationId = m_delegation.id;
        // A new item starts on the day chosen in the list.
        if (const DelegationItineraryItem* current = currentItem())
            item.date = current->date;
        else if (QTreeWidgetItem* day = m_tree->currentItem())
            item.date = day->data(0, Qt::UserRole + 2).toDate();
        editItem(item);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const DelegationItineraryItem* i = currentItem())
            editItem(*i);
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (const DelegationItineraryItem* i = currentItem())
            editItem(*i);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const DelegationItineraryItem* i = currentItem();
        Database* db = m_db();
        if (!i || !db)
            return;
        if (QMessageBox::question(
                this, tr("Itinerary"),
                tr("Remove “%1” from the itinerary?").arg(i->summary(uiLanguage())),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        DelegationItineraryRepository(*db).remove(i->id);
        refresh();
        emit changed();
    });
    retranslate();
    setDelegation({});
}

void DelegationItineraryView::setDelegation(const Delegation& delegation)
{
    m_delegation = delegation;
    refresh();
}

const DelegationItineraryItem* DelegationItineraryView::currentItem() const
{
    const QTreeWidgetItem* row = m_tree->currentItem();
    if (!row || !row->parent())
        return nullptr;
    const qint64 id = row->data(0, ItemIdRole).toLongLong();
    for (const DelegationItineraryItem& i : m_items)
        if (i.id == id)
            return &i;
    return nullptr;
}

void DelegationItineraryView::editItem(const DelegationItineraryItem& item)
{
    DelegationItineraryDialog dialog(m_db, m_delegation, item, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->hide();
    refresh();
    emit changed();
}

bool DelegationItineraryView::addItem(const DelegationItineraryItem& item)
{
    Database* db = m_db();
    if (!db || m_delegation.id <= 0)
        return false;
    DelegationItineraryItem i = item;
    i.delegationId = m_delegation.id;
    try {
        DelegationItineraryRepository(*db).add(i);
    } catch (const StorageError& e) {
        m_message->setText(e.message());
        m_message->show();
        return false;
    }
    m_message->hide();
    refresh();
    emit changed();
    return true;
}

void DelegationItineraryView::refresh()
{
    Database* db = m_db();
    const bool saved = db && m_delegation.id > 0;
    m_items = saved ? DelegationItineraryRepository(*db).items(m_delegation.id)
                    : QList<DelegationItineraryItem>{};
    m_add->setEnabled(saved);
    m_edit->setEnabled(saved && !m_items.isEmpty());
    m_remove->setEnabled(saved && !m_items.isEmpty());

    const Language lang = uiLanguage();
    const QLocale locale;
    m_tree->clear();
    if (!saved) {
        auto* hint =
            new QTreeWidgetItem(m_tree, {tr("Save the delegation to plan its itinerary.")});
        hint->setFirstColumnSpanned(true);
        hint->setDisabled(true);
        return;
    }
    QTreeWidgetItem* day = nullptr;
    QDate dayDate;
    for (const DelegationItineraryItem& i : std::as_const(m_items)) {
        if (!day || i.date != dayDate) {
            dayDate = i.date;
            const QString when = DateText::date(i.date, uiLanguage(), DateText::Style::WithWeekday);
            const QString title =
                m_delegation.arrival.isValid()
                    ? tr("Day %1 · %2").arg(m_delegation.arrival.daysTo(i.date) + 1).arg(when)
                    : when;
            day = new QTreeWidgetItem(m_tree, {title});
            day->setData(0, Qt::UserRole + 2, i.date);
            day->setFirstColumnSpanned(true);
            QFont f = day->font(0);
            f.setBold(true);
            day->setFont(0, f);
            day->setExpanded(true);
        }
        QString time = tr("All day");
        if (!i.isAllDay()) {
            time = DateText::time(i.start);
            if (i.end.isValid())
                time += DateText::until(uiLanguage(), true) + DateText::time(i.end);
            if (i.timeZone != DelegationItineraryItem::defaultTimeZone())
                time += tr(" (%1)", "a time's zone, named by its city")
                            .arg(TimeZoneNames::city(i.timeZone, uiLanguage()));
        }
        QString what = pick(lang, i.topicEn, i.topicJa);
        if (i.parallel)
            what = tr("∥ %1 (parallel)").arg(what);
        QStringList met;
        if (i.organization.id > 0)
            met << i.organization.display(lang);
        if (i.contact.id > 0)
            met << i.contact.display(lang);
        auto* row = new QTreeWidgetItem(day, {time, what, pick(lang, i.placeEn, i.placeJa),
                                              met.join(QStringLiteral(", ")),
                                              pick(lang, i.transportEn, i.transportJa)});
        row->setData(0, ItemIdRole, i.id);
        row->setToolTip(1, i.topicJa + QLatin1Char('\n') + i.topicEn);
        row->setToolTip(2,
                        i.placeJa + QLatin1Char('\n') + i.placeEn + QLatin1Char('\n') + i.address);
    }
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
}

void DelegationItineraryView::retranslate()
{
    m_tree->setHeaderLabels(
        {tr("Time"), tr("What"), tr("Where"), tr("Meeting with"), tr("Transport")});
    m_add->setText(tr("Add item…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    refresh();
}

} // namespace jlgc

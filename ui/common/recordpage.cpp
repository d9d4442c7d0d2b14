#include "common/recordpage.h"

#include "common/fieldform.h"
#include "common/itemroles.h"
#include "common/listcelldelegate.h"
#include "common/recordfilterproxy.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/records/listreader.h"
#include "storage/records/recordtype.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jlgc {

RecordPage::RecordPage(const QString& settingsKey, QWidget* parent)
    : Page(parent), m_settingsKey(settingsKey), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_filter(new QLineEdit), m_filterBar(new QHBoxLayout), m_table(new QTableView),
      m_proxy(new RecordFilterProxy(this)), m_formTitle(new QLabel), m_form(new FieldForm),
      m_detailArea(new QVBoxLayout), m_aboveList(new QVBoxLayout), m_belowList(new QVBoxLayout),
      m_formPanel(new QWidget), m_new(new QPushButton), m_save(new QPushButton),
      m_revert(new QPushButton), m_delete(new QPushButton), m_countLabel(new QLabel)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_splitter);

    // The list.
    auto* listPanel = new QWidget;
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(8, 8, 4, 8);
    auto* filterRow = new QHBoxLayout;
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    filterRow->addWidget(m_filter, 1);
    filterRow->addLayout(m_filterBar);
    listLayout->addLayout(filterRow);
    listLayout->addLayout(m_aboveList);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new ListCellDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // A column's edge dragged (not the last one's, which the list's width
    // stretches): from now on the widths are the user's.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        const QHeaderView* header = m_table->horizontalHeader();
        int last = header->count() - 1; // the last column shown
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last)))
            --last;
        if (!m_fittingColumns && header->isVisible() && header->visualIndex(section) < last)
            m_userWidths = true;
    });
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint& pos) {
            // Choose which columns to show.
            QMenu menu;
            QHeaderView* header = m_table->horizontalHeader();
            for (int c = 0; c < header->count(); ++c) {
                QAction* a = menu.addAction(
                    m_table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                a->setCheckable(true);
                a->setChecked(!header->isSectionHidden(c));
                a->setEnabled(c != 0);
                connect(a, &QAction::toggled, header,
                        [header, c](bool on) { header->setSectionHidden(c, !on); });
            }
            menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
        });
    // A list longer than its model's window scrolls with a bar of the
    // page's own, beside the table (updateRowsBar).
    auto* tableRow = new QHBoxLayout;
    tableRow->setSpacing(0);
    tableRow->addWidget(m_table, 1);
    m_rowsBar = new QScrollBar(Qt::Vertical);
    m_rowsBar->setObjectName(QStringLiteral("listScrollBar"));
    m_rowsBar->hide();
    tableRow->addWidget(m_rowsBar);
    listLayout->addLayout(tableRow, 1);
    listLayout->addWidget(m_countLabel);
    listLayout->addLayout(m_belowList);
    m_splitter->addWidget(listPanel);

    // The form.
    auto* formLayout = new QVBoxLayout(m_formPanel);
    formLayout->setContentsMargins(12, 8, 12, 8);
    QFont titleFont = m_formTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);
    m_formTitle->setWordWrap(true);
    // Two lines are kept for the heading, so that the fields stay where they
    // are whether it reads "Choose a record…" or the record's name.
    m_formTitle->setMinimumHeight(2 * QFontMetrics(titleFont).lineSpacing());
    m_formTitle->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_formTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formLayout->addWidget(m_formTitle);
    m_editingBanner = new QLabel;
    m_editingBanner->setObjectName(QStringLiteral("editingBanner"));
    m_editingBanner->setWordWrap(true);
    m_editingBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #3b2f00; border-radius: 3px; padding: 4px 8px; }"));
    m_editingBanner->hide();
    formLayout->addWidget(m_editingBanner);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_save, m_revert, m_delete})
        buttons->addWidget(b);
    m_history = new QPushButton;
    m_history->setObjectName(QStringLiteral("history"));
    buttons->addWidget(m_history);
    connect(m_history, &QPushButton::clicked, this, &RecordPage::showHistory);
    buttons->addStretch(1);
    formLayout->addLayout(buttons);
    formLayout->addWidget(m_form);
    formLayout->addLayout(m_detailArea);
    formLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    m_formScroll = scroll;
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The form is never cut at the right: the splitter cannot make its
    // side narrower than the form's fields need (the list gives way).
    m_formPanel->installEventFilter(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_formPanel);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 420});

    m_save->setDefault(true);
    connect(m_new, &QPushButton::clicked, this, &RecordPage::newRecord);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &RecordPage::revert);
    connect(m_delete, &QPushButton::clicked, this, &RecordPage::deleteCurrent);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_list)
            m_list->setText(text); // the database filters, off the window's thread
        else
            m_proxy->setFilterText(text);
        updateButtons();
    });
    connect(m_form, &FieldForm::edited, this, [this] { setDirty(true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordPage::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordPage::updateButtons);

    setFormEnabled(false);
    RecordPage::retranslate();
}

RecordPage::~RecordPage()
{
    saveViewState();
}

bool RecordPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        keyInLongList(static_cast<QKeyEvent*>(event)))
        return true;
    if (watched == m_formPanel &&
        (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &RecordPage::keepFormWhole);
    return Page::eventFilter(watched, event);
}

void RecordPage::keepFormWhole()
{
    const int scrollBar = m_formScroll->verticalScrollBar()->sizeHint().width();
    const int needed = m_formPanel->minimumSizeHint().width() + scrollBar + 2;
    if (m_formScroll->minimumWidth() != needed)
        m_formScroll->setMinimumWidth(needed);
}

void RecordPage::setDatabase(Database* db)
{
    // A mark on the database before goes with its connection.
    m_markedId = 0;
    m_editingBanner->hide();
    if (db)
        connect(&db->notifier(), &ChangeNotifier::editingChanged, this,
                &RecordPage::colleagueEditing, Qt::UniqueConnection);
    m_db = db;
    m_dirty = false;
    m_isNew = false;
    m_currentId = QVariant();
    m_currentListRow = -1;
    // A page not on screen reads its list when first shown (the window
    // opens at once however many records there are).
    m_loadPending = m_loadWhenShown && db && !isVisible();
    if (m_list && (!db || !m_loadPending))
        m_list->setDatabase(db, listReader());
    if (!m_loadPending)
        reload();
    m_form->setLoading(true);
    clearForm();
    m_form->setLoading(false);
    m_form->clearErrors();
    setFormEnabled(false);
    updateButtons();
}

void RecordPage::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    updateButtons();
    updateEditingMark();
}

void RecordPage::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    for (int i = 0; i < m_detailArea->count(); ++i)
        if (QWidget* w = m_detailArea->itemAt(i)->widget())
            w->setEnabled(enabled);
    if (!enabled)
        m_formTitle->setText(tr("Choose a record in the list, or create a new one."));
    updateButtons();
}

void RecordPage::setFormTitle(const QString& text)
{
    m_formTitle->setText(text);
}

void RecordPage::updateButtons()
{
    const bool hasDb = m_db != nullptr;
    const bool hasRecord = m_isNew || m_currentId.isValid();
    m_new->setEnabled(hasDb);
    m_save->setEnabled(hasDb && m_dirty);
    m_revert->setEnabled(hasDb && m_dirty);
    m_delete->setEnabled(hasDb && hasRecord && !m_isNew);
    m_history->setVisible(!historyTableName().isEmpty());
    m_history->setEnabled(hasDb && hasRecord && !m_isNew);
    // A long list's table holds a window of it: the list's own count.
    const int shown = m_list ? m_list->totalCount() : m_table->model()->rowCount();
    const int all = m_list                   ? m_list->unfilteredCount()
                    : m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount()
                                             : 0;
    m_countLabel->setText(
        shown == all
            ? tr("%Ln record(s)", nullptr, all)
            : tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(all)));
}

void RecordPage::retranslate()
{
    if (m_editingBanner->isVisible())
        showOtherEditor(); // in the new language
    m_filter->setPlaceholderText(tr("Filter by any name, reading or text (Ctrl+F)"));
    m_new->setText(tr("&New"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_delete->setText(tr("&Delete"));
    m_new->setToolTip(tr("New record (Ctrl+N)"));
    m_save->setToolTip(tr("Save the record (Ctrl+S)"));
    m_revert->setToolTip(tr("Go back to the record as it was saved"));
    m_delete->setToolTip(tr("Delete the record"));
    m_history->setText(tr("&History…"));
    m_history->setToolTip(tr("Every change to this record: when, who, and the values before and "
                             "after"));
    // The form's labels, marked in the page's own class.
    m_form->retranslate(metaObject()->className());
    if (!m_form->isEnabled())
        m_formTitle->setText(tr("Choose a record in the list, or create a new one."));
    updateButtons();
}

void RecordPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_proxy->updateCollation();
        retranslate();
        languageChanged();
        // Widths fitted to the other language's texts are fitted again: a
        // list read off the window's thread when its rows in this language
        // arrive (those shown now are still the other language's), the
        // others at once.
        if (!m_userWidths) {
            m_columnsFitted = false;
            if (!m_list || !m_list->isAsynchronous())
                fitColumnsOnce();
        }
        // The record shown reads in the new language (names, pickers, dates)
        // unless the user is editing it.
        if (!m_dirty && !m_isNew && m_currentId.isValid() && m_db) {
            m_form->setLoading(true);
            loadRecord(m_currentId);
            m_form->showStartOfFields();
            m_form->setLoading(false);
        }
        QTimer::singleShot(0, this, &RecordPage::showWholeHeadings);
    }
    Page::changeEvent(event);
}

void RecordPage::refreshFromDatabase()
{
    if (!m_db)
        return;
    refreshList();
    // The record shown is re-read unless the user is editing it.
    if (!m_dirty && !m_isNew && m_currentId.isValid()) {
        m_form->setLoading(true);
        loadRecord(m_currentId);
        noteLoaded();
        m_form->showStartOfFields();
        m_form->setLoading(false);
    }
}

bool RecordPage::showRecord(const QString& kind, const QVariant& id)
{
    const QString mine = searchKind();
    return !mine.isEmpty() && kind == mine && revealRecord(id.toLongLong());
}

bool RecordPage::revealRecord(const QVariant& id)
{
    m_filter->clear();
    resetFilters();
    if (selectRecord(id))
        return true;
    refreshList();
    return selectRecord(id);
}

void RecordPage::onCurrentRowChanged()
{
    if (m_switching)
        return;
    const QModelIndex idx = m_table->currentIndex();
    QVariant id = idx.isValid() ? idx.siblingAtColumn(0).data(IdRole) : QVariant();
    if (m_list && idx.isValid() && id.toLongLong() <= 0)
        return; // a row still being read
    if (id == m_currentId && !m_isNew)
        return;
    if (!maybeSave()) {
        // Stay on the record being edited.
        m_switching = true;
        if (m_currentId.isValid())
            selectRecord(m_currentId);
        else
            m_table->setCurrentIndex({});
        m_switching = false;
        return;
    }
    m_currentListRow = m_list && idx.isValid() ? m_list->firstShown() + idx.row() : -1;
    showInForm(id);
}

void RecordPage::showInForm(const QVariant& id)
{
    m_isNew = false;
    m_currentId = id;
    m_form->clearErrors();
    m_form->setLoading(true);
    if (id.isValid())
        loadRecord(id);
    else
        clearForm();
    noteLoaded();
    m_form->showStartOfFields();
    m_form->setLoading(false);
    setDirty(false);
    setFormEnabled(id.isValid());
    showOtherEditor();
}

bool RecordPage::maybeSave()
{
    if (!m_dirty)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved.").arg(describeCurrent()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Do you want to save them?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

void RecordPage::newRecord()
{
    if (!m_db || !maybeSave())
        return;
    m_switching = true;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_switching = false;
    m_currentId = QVariant();
    m_currentListRow = -1;
    m_isNew = true;
    m_currentListRow = -1;
    m_form->clearErrors();
    m_form->setLoading(true);
    clearForm();
    m_form->setLoading(false);
    setFormEnabled(true);
    setDirty(false);
    // The first field of the form takes the typing.
    m_form->focusFirstField();
}

bool RecordPage::save()
{
    if (!m_db || !m_dirty)
        return true;
    try {
        m_form->clearErrors();
        if (const FieldErrors unreadable = m_form->inputErrors(); !unreadable.isEmpty())
            throw StorageError(unreadable);
        const QVariant id = saveForm();
        m_isNew = false;
        m_currentId = id;
        m_dirty = false;
        updateEditingMark();
        refreshList();
        m_form->setLoading(true);
        loadRecord(id);
        noteLoaded();
        m_form->setLoading(false);
        updateButtons();
        emit statusMessage(tr("Saved."));
        emit dataChanged();
        return true;
    } catch (const StorageError& e) {
        showError(e, tr("Not saved"));
        // On a conflict the user may have kept their changes (saved) or
        // taken the other version: nothing is left unsaved then.
        return !m_dirty;
    }
}

void RecordPage::ensureLoaded()
{
    if (!m_loadPending)
        return;
    m_loadPending = false;
    readList();
}

void RecordPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_loadPending) {
        m_loadPending = false;
        refreshList();
    }
}

void RecordPage::hideEvent(QHideEvent* event)
{
    // Another page is shown: this list keeps the rows of its screen (a
    // screen spans two pages of rows at the most) and of its current record
    // (scrolled out of sight, the arrow keys move on from it), not all it
    // has read.
    if (m_list)
        m_list->keepRecentPages(2, m_table->currentIndex().row());
    Page::hideEvent(event);
}

void RecordPage::revert()
{
    m_form->clearErrors();
    m_form->setLoading(true);
    if (m_isNew || !m_currentId.isValid())
        clearForm();
    else
        loadRecord(m_currentId);
    noteLoaded();
    m_form->setLoading(false);
    setDirty(false);
}

void RecordPage::deleteCurrent()
{
    if (!m_db || !m_currentId.isValid() || m_isNew)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete record"),
        tr("Delete “%1”?\n\nIt goes to the Trash (View → Trash), from which it can be "
           "restored.")
            .arg(describeCurrent()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    try {
        removeRecord(m_currentId);
    } catch (const StorageError& e) {
        showError(e, tr("Not deleted"));
        return;
    }
    m_currentId = QVariant();
    m_currentListRow = -1;
    m_dirty = false;
    updateEditingMark();
    m_switching = true;
    readList();
    if (m_list)
        m_list->reload();
    m_table->setCurrentIndex({});
    m_switching = false;
    m_form->setLoading(true);
    clearForm();
    m_form->setLoading(false);
    setFormEnabled(false);
    emit statusMessage(tr("Deleted."));
    emit dataChanged();
}

void RecordPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void RecordPage::showError(const StorageError& error, const QString& title)
{
    if (error.kind() == StorageError::Kind::Validation) {
        const QStringList rest = m_form->showErrors(error.fieldErrors());
        emit statusMessage(tr("Not saved: please correct the fields marked in red."));
        if (!rest.isEmpty())
            QMessageBox::warning(this, tr("Not saved"), rest.join(QLatin1Char('\n')));
        return;
    }
    if (error.kind() == StorageError::Kind::Conflict) {
        QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), error.message(),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Reload their version (your changes are dropped), or keep "
                                  "editing and copy your changes elsewhere first?"));
        // Both versions: what they changed since you opened the record.
        if (const QString theirs = describeOtherChanges(); !theirs.isEmpty())
            box.setDetailedText(theirs);
        QPushButton* reloadButton = box.addButton(tr("Reload"), QMessageBox::DestructiveRole);
        // Their version with the user's edits on top, saved at once.
        QPushButton* keepMine = box.addButton(tr("Keep My Changes"), QMessageBox::AcceptRole);
        keepMine->setToolTip(tr("Save your changes over their version; what they changed in "
                                "other fields stays"));
        box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == keepMine) {
            keepMyChanges();
            return;
        }
        if (box.clickedButton() == reloadButton) {
            m_dirty = true;
            revert();
            refreshList();
        }
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, this);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

} // namespace jlgc

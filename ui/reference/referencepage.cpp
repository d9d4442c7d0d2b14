#include "reference/referencepage.h"

#include "common/columnfitter.h"
#include "common/comboboxes.h"
#include "common/itemroles.h"
#include "common/listcelldelegate.h"
#include "common/recordfilterproxy.h"
#include "common/uilanguage.h"
#include "reference/jurisdictiontablemodel.h"
#include "storage/referencerepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace jlgc {

namespace {
void setUpTable(QTableView* t)
{
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setItemDelegate(new ListCellDelegate(t));
}
} // namespace

ReferencePage::ReferencePage(QWidget* parent)
    : Page(parent), m_tabs(new QTabWidget), m_search(new QLineEdit), m_prefecture(new QComboBox),
      m_kind(new QComboBox), m_count(new QLabel), m_table(new QTableView),
      m_model(new JurisdictionTableModel(this)), m_proxy(new RecordFilterProxy(this)),
      m_details(new QTextBrowser), m_detailsLater(new QTimer(this)), m_naSearch(new QLineEdit),
      m_naTable(new QTableView), m_naModel(new QStandardItemModel(this)),
      m_naProxy(new RecordFilterProxy(this))
{
    setObjectName(QStringLiteral("referencePage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->addWidget(m_tabs);

    // Japan.
    auto* japan = new QWidget;
    auto* jl = new QVBoxLayout(japan);
    auto* filters = new QHBoxLayout;
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("referenceSearch"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_prefecture);
    filters->addWidget(m_kind);
    jl->addLayout(filters);
    auto* split = new QSplitter(Qt::Horizontal);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    // The columns are fitted to their widest texts (showRows); a double click
    // on a heading's edge fits one to the first rows, not all 1,788 laid out
    // (a tenth of a second and the glyphs of every name).
    m_table->horizontalHeader()->setResizeContentsPrecision(60);
    setUpTable(m_table);
    m_table->sortByColumn(JurisdictionTableModel::Code, Qt::AscendingOrder);
    split->addWidget(m_table);
    m_details->setOpenExternalLinks(false);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    jl->addWidget(split, 1);
    jl->addWidget(m_count);
    m_tabs->addTab(japan, QString());

    // United States and Canada.
    auto* na = new QWidget;
    auto* nl = new QVBoxLayout(na);
    m_naSearch->setObjectName(QStringLiteral("subdivisionSearch"));
    m_naSearch->setClearButtonEnabled(true);
    nl->addWidget(m_naSearch);
    m_naProxy->setSourceModel(m_naModel);
    m_naTable->setModel(m_naProxy);
    setUpTable(m_naTable);
    // By name, A to Z (ア to ン), until a heading is clicked.
    m_naTable->sortByColumn(0, Qt::AscendingOrder);
    nl->addWidget(m_naTable, 1);
    m_tabs->addTab(na, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReferencePage::showSubdivisionsWhenSeen);

    connect(m_search, &QLineEdit::textChanged, this, &ReferencePage::refresh);
    connect(m_prefecture, &QComboBox::currentIndexChanged, this, &ReferencePage::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReferencePage::refresh);
    // The details of the place selected follow in the next turn of the
    // event loop: the list is shown first, without waiting for them.
    m_detailsLater->setSingleShot(true);
    m_detailsLater->setInterval(0);
    connect(m_detailsLater, &QTimer::timeout, this, &ReferencePage::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_detailsLater,
            qOverload<>(&QTimer::start));
    connect(m_naSearch, &QLineEdit::textChanged, m_naProxy, &RecordFilterProxy::setFilterText);

    retranslate();
}

QString ReferencePage::pageTitle()
{
    return tr("Local governments");
}

void ReferencePage::setDatabase(Database* db)
{
    m_db = db;
    fillFilters();
    // Read when first shown, not at start-up behind the dashboard.
    m_stale = true;
    if (isVisible())
        ensureLoaded();
}

void ReferencePage::ensureLoaded()
{
    if (!m_stale)
        return;
    m_stale = false;
    refresh();
    m_subdivisionsStale = true;
    showSubdivisionsWhenSeen();
}

void ReferencePage::showSubdivisionsWhenSeen()
{
    if (!m_subdivisionsStale || m_tabs->currentIndex() != 1)
        return;
    m_subdivisionsStale = false;
    fillSubdivisions();
}

void ReferencePage::showEvent(QShowEvent* event)
{
    ensureLoaded();
    Page::showEvent(event);
}

bool ReferencePage::showRecord(const QString& kind, const QVariant& id)
{
    const bool prefecture = kind == QLatin1String("prefecture");
    if (!prefecture && kind != QLatin1String("municipality"))
        return false;
    const QString code = id.toString();
    ensureLoaded();
    m_tabs->setCurrentIndex(0);
    {
        const QSignalBlocker b1(m_prefecture), b2(m_kind), b3(m_search);
        m_search->setText(prefecture ? QString() : code);
        m_prefecture->setCurrentIndex(std::max(0, m_prefecture->findData(code.left(2))));
        m_kind->setCurrentIndex(
            prefecture ? std::max(0, m_kind->findData(QStringLiteral("prefecture"))) : 0);
    }
    // The rows are read aside: the place is selected when they come.
    m_select = code;
    m_selectPrefecture = prefecture;
    m_selected = false;
    refresh();
    return m_select.isEmpty() ? m_selected : true;
}

bool ReferencePage::selectPending()
{
    const QString code = m_select;
    m_select.clear();
    if (code.isEmpty())
        return false;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, JurisdictionTableModel::Code);
        const QString rowCode = idx.data().toString();
        if (rowCode == code || (m_selectPrefecture && rowCode.left(2) == code)) {
            m_table->setCurrentIndex(idx);
            return true;
        }
    }
    return false;
}

void ReferencePage::focusFilter()
{
    QLineEdit* e = m_tabs->currentIndex() == 0 ? m_search : m_naSearch;
    e->setFocus();
    e->selectAll();
}

void ReferencePage::fillFilters()
{
    const KeepChoice prefecture(m_prefecture), kind(m_kind);
    m_prefecture->addItem(tr("All prefectures"), QString());
    if (m_db) {
        const Language lang = uiLanguage();
        for (const Prefecture& p : ReferenceRepository(*m_db).prefectures())
            m_prefecture->addItem(p.code + QLatin1Char(' ') + p.display(lang), p.code);
    }
    m_kind->addItem(tr("All kinds"), QString());
    for (const char* k : {"prefecture", "city", "special_ward", "town", "village"})
        m_kind->addItem(JurisdictionLabels::municipalityKind(QLatin1String(k)), QLatin1String(k));
}

void ReferencePage::refresh()
{
    if (!m_db) {
        showRows({});
        return;
    }
    // Read aside (1,788 places: on a server the window would wait for them).
    const QString text = m_search->text();
    const QString pref = m_prefecture->currentData().toString();
    const QString kind = m_kind->currentData().toString();
    readAside(
        m_db,
        [text, pref, kind](Database& db) {
            QList<JurisdictionTableModel::Row> rows;
            ReferenceRepository repo(db);
            if (kind.isEmpty() || kind == QLatin1String("prefecture")) {
                for (const Prefecture& p : repo.prefecturesMatching(text))
                    if (pref.isEmpty() || p.code == pref)
                        rows << JurisdictionTableModel::Row{p.code6,   QStringLiteral("prefecture"),
                                                            p.nameJa,  p.nameKana,
                                                            QString(), p.nameEn,
                                                            p.nameJa,  p.nameEn};
            }
            if (kind != QLatin1String("prefecture")) {
                for (const Municipality& m : repo.municipalities({text, pref, kind}))
                    rows << JurisdictionTableModel::Row{m.code,         m.kind,        m.nameJa,
                                                        m.nameKana,     m.nameRomaji,  m.nameEn,
                                                        m.prefectureJa, m.prefectureEn};
            }
            for (JurisdictionTableModel::Row& r : rows)
                if (!r.prefectureEn.isEmpty())
                    r.englishShown = municipalityEnglishName(r.nameEn, r.prefectureEn);
            return QVariant::fromValue(rows);
        },
        [this](const QVariant& rows) {
            showRows(rows.value<QList<JurisdictionTableModel::Row>>());
        });
}

void ReferencePage::showRows(QList<JurisdictionTableModel::Row> rows)
{
    const qsizetype n = rows.size();
    m_model->setRows(std::move(rows));
    m_count->setText(tr("%n local government(s)", nullptr, int(n)));
    // The place showRecord() asked for, else the first.
    m_selected = selectPending();
    if (!m_selected) {
        if (n > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        else
            m_details->clear();
    }
    // Filtered: the columns widen to what is shown, never narrow (they
    // would jump as the user types); nothing found, to their headings.
    fitColumnsToWidestText(m_table, !m_sizeColumns);
    if (n > 0)
        m_sizeColumns = false;
}

void ReferencePage::showDetails()
{
    const QModelIndex idx = m_table->currentIndex();
    const auto* row = idx.isValid() ? m_model->row(m_proxy->mapToSource(idx).row()) : nullptr;
    if (!row || !m_db) {
        m_details->clear();
        return;
    }
    auto line = [](const QString& label, const QString& value) {
        return QStringLiteral(
                   "<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h2>%1</h2><p style='font-size:large'>%2</p><table>")
                       .arg(row->nameJa.toHtmlEscaped(), row->nameEn.toHtmlEscaped());
    html += line(tr("Reading"), row->nameKana);
    if (!row->nameRomaji.isEmpty())
        html += line(tr("Romaji"), row->nameRomaji);
    html += line(tr("Kind"), JurisdictionLabels::municipalityKind(row->kind));
    html += line(tr("Local government code"), row->code);
    if (row->kind != QLatin1String("prefecture"))
        html += line(tr("Prefecture"), row->prefectureJa + QStringLiteral(" (") +
                                           row->prefectureEn + QLatin1Char(')'));
    else if (const auto p = ReferenceRepository(*m_db).prefecture(row->code.left(2))) {
        html += line(tr("ISO 3166-2"), p->iso3166_2);
        html += line(tr("Capital"), p->capitalJa);
    }
    html += QStringLiteral("</table>");
    const QList<DesignatedWard> wards = ReferenceRepository(*m_db).wards(row->code);
    if (!wards.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>")
                    .arg(tr("Wards of this designated city (%n)", nullptr, int(wards.size())));
        for (const DesignatedWard& w : wards)
            html += QStringLiteral("<li>%1 <span style='color:#555'>%2 · %3</span></li>")
                        .arg(w.nameJa.toHtmlEscaped(), w.nameKana.toHtmlEscaped(),
                             w.nameEn.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

void ReferencePage::fillSubdivisions()
{
    m_naModel->removeRows(0, m_naModel->rowCount());
    if (!m_db)
        return;
    const Language lang = uiLanguage();
    for (const Subdivision& s : ReferenceRepository(*m_db).subdivisions()) {
        QList<QStandardItem*> items;
        for (const QString& text :
             {s.display(lang), s.postalAbbr, s.code, JurisdictionLabels::subdivisionKind(s.kind),
              JurisdictionLabels::country(s.country)}) {
            auto* item = new QStandardItem(text);
            item->setData(text, SortRole);
            items << item;
        }
        // Found by either name, whichever the window shows (オンタリオ州, Ontario).
        items.front()->setData(s.code, IdRole);
        items.front()->setData(QStringList{s.name, s.nameJa()}.join(QLatin1Char(' ')), SearchRole);
        if (s.display(lang) != s.name)
            items.front()->setToolTip(s.name);
        m_naModel->appendRow(items);
    }
    fitColumnsToContents(m_naTable);
}

void ReferencePage::retranslate()
{
    m_tabs->setTabText(0, tr("Japan: prefectures and municipalities"));
    m_tabs->setTabText(1, tr("United States and Canada"));
    m_search->setPlaceholderText(tr(
        "Search by kanji, kana, romaji, English or code (e.g. 北茨, きたいばらき, kitaibaraki)"));
    m_naSearch->setPlaceholderText(tr("Search by name or abbreviation"));
    m_naModel->setHorizontalHeaderLabels(
        {tr("Name"), tr("Abbreviation"), tr("ISO code"), tr("Kind"), tr("Country")});
    fillFilters();
    m_model->retranslate();
    m_proxy->updateCollation();
    m_naProxy->updateCollation();
    showDetails();
    m_sizeColumns = true; // the names of the other language
    // Not read yet (ensureLoaded reads Japan's places when the page is first
    // shown, the states and provinces when their tab is).
    if (m_stale)
        return;
    m_subdivisionsStale = true;
    showSubdivisionsWhenSeen();
    refresh();
}

void ReferencePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace jlgc

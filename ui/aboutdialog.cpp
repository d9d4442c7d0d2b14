#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jlgc {

namespace {

QTextBrowser* documentView(const QString& name, bool markdown)
{
    auto* view = new QTextBrowser;
    view->setObjectName(name);
    view->setOpenExternalLinks(true);
    const QString text = AboutDialog::document(name);
    if (markdown) {
        view->setMarkdown(text);
    } else {
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setLineWrapMode(QTextEdit::NoWrap);
        view->setPlainText(text);
    }
    return view;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_title(new QLabel), m_summary(new QLabel), m_tabs(new QTabWidget),
      m_licence(documentView(QStringLiteral("LICENSE"), false)),
      m_notices(documentView(QStringLiteral("THIRD-PARTY-NOTICES.md"), true)),
      m_sources(documentView(QStringLiteral("SOURCES.md"), true))
{
    setObjectName(QStringLiteral("aboutDialog"));

    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/jlgc-desk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_title->setTextFormat(Qt::RichText);
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(m_title, 1);

    m_summary->setObjectName(QStringLiteral("aboutSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setOpenExternalLinks(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setContentsMargins(8, 8, 8, 8);

    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_licence, QString());
    m_tabs->addTab(m_notices, QString());
    m_tabs->addTab(m_sources, QString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(640, 520);
    retranslate();
}

QString AboutDialog::document(const QString& name)
{
    QFile file(QStringLiteral(":/about/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About JLGC Desk"));
    m_title->setText(QStringLiteral("<h2>JLGC Desk</h2><p>%1</p>")
                         .arg(tr("Version %1").arg(QStringLiteral(JLGC_VERSION))));
    m_summary->setText(
        tr("<p>The records desk of the Japan Local Government Center (CLAIR New York): "
           "delegations, the CLAIR Fellowship, JET alumni chapters, sister-city affiliations, "
           "partners and events.</p>"
           "<p>Released under the MIT licence.</p>"
           "<p>Built with Qt %1, running on Qt %2 (LGPL-3.0), and SQLite. The licences of the "
           "software, reference data and fonts it uses are in the other tabs.</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_tabs->setTabText(m_tabs->indexOf(m_summary), tr("About"));
    m_tabs->setTabText(m_tabs->indexOf(m_licence), tr("Licence"));
    m_tabs->setTabText(m_tabs->indexOf(m_notices), tr("Third-party notices"));
    m_tabs->setTabText(m_tabs->indexOf(m_sources), tr("Reference data sources"));
}

} // namespace jlgc

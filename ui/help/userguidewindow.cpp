#include "help/userguidewindow.h"

#include "common/uilanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QListWidget>
#include <QPixmap>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <algorithm>

namespace jlgc {

namespace {

// The headings of the guide's sections (## in the Markdown), in order.
QList<QTextBlock> sectionHeadings(QTextDocument* doc)
{
    QList<QTextBlock> headings;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 2)
            headings << b;
    return headings;
}

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window), m_split(new QSplitter(Qt::Horizontal)),
      m_contents(new QListWidget), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setUndoRedoEnabled(false);
    // The guide is long: a scroll bar that never comes and goes keeps the
    // width the screenshots are fitted to. The text wraps and the pictures
    // shrink to that width, so a sideways scroll bar would only ever move by
    // the pixel or two of a table's border.
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->viewport()->installEventFilter(this);

    m_split->addWidget(m_contents);
    m_split->addWidget(m_browser);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setCollapsible(1, false);
    m_split->setSizes({200, 900});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_contents, &QListWidget::currentRowChanged, this, &UserGuideWindow::showSection);
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showSection(m_contents->row(item)); });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &UserGuideWindow::followScrolling);
    // The reader starts at the title, with the keys scrolling the text.
    m_browser->setFocus();
    for (const QKeySequence& key :
         {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);

    resize(1100, 800);
    retranslate();
    load();
}

QUrl UserGuideWindow::guideUrl(Language language)
{
    return QUrl(QStringLiteral("qrc:/docs/guide/%1/index.md").arg(languageCode(language)));
}

void UserGuideWindow::load()
{
    // Keep the reader in the same section: both languages have the same ones.
    const int section = m_browser->verticalScrollBar()->value() > 0 ? m_contents->currentRow() : -1;

    m_language = uiLanguage();
    m_fittedWidth = -1;
    m_imageSizes.clear();
    const QUrl url = guideUrl(m_language);
    if (QFile::exists(QLatin1Char(':') + url.path()))
        m_browser->setSource(url, QTextDocument::MarkdownResource);
    else
        m_browser->setPlainText(tr("The user guide is missing from this copy of JLGC Desk."));
    styleDocument();
    fitImages();
    fillContents();
    if (section >= 0 && section < m_contents->count())
        showSection(section);
    else
        m_browser->verticalScrollBar()->setValue(0);
}

void UserGuideWindow::styleDocument()
{
    // Markdown gives tables double borders and code no background: quieter
    // lines and a light shade read better.
    QTextDocument* doc = m_browser->document();
    const QBrush line = palette().color(QPalette::Mid);
    const QList<QTextFrame*> frames = doc->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderCollapse(true);
        format.setBorder(1);
        format.setBorderBrush(line);
        format.setCellSpacing(0);
        format.setCellPadding(4);
        table->setFormat(format);
        for (int r = 0; r < table->rows(); ++r)
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell cell = table->cellAt(r, c);
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setBorder(1);
                cellFormat.setBorderBrush(line);
                cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cell.setFormat(cellFormat);
            }
    }
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().nonBreakableLines())
            continue;
        QTextBlockFormat format = b.blockFormat();
        format.setBackground(palette().color(QPalette::AlternateBase));
        QTextCursor(b).setBlockFormat(format);
    }
}

void UserGuideWindow::fillContents()
{
    const QSignalBlocker block(m_contents);
    m_contents->clear();
    for (const QTextBlock& b : sectionHeadings(m_browser->document()))
        m_contents->addItem(b.text().trimmed());
    followScrolling();
    // Wide enough for the longest heading (Japanese ones are wider).
    const int wanted = m_contents->sizeHintForColumn(0) + 2 * m_contents->frameWidth() + 12;
    const QList<int> sizes = m_split->sizes();
    if (sizes.size() == 2 && sizes[0] < wanted)
        m_split->setSizes({wanted, std::max(sizes[1] - (wanted - sizes[0]), 1)});
}

void UserGuideWindow::followScrolling()
{
    // The contents mark the section being read.
    const QList<QTextBlock> headings = sectionHeadings(m_browser->document());
    const int top = m_browser->verticalScrollBar()->value();
    int row = -1;
    for (int i = 0; i < headings.size(); ++i) {
        if (m_browser->document()->documentLayout()->blockBoundingRect(headings[i]).top() > top + 1)
            break;
        row = i;
    }
    const QSignalBlocker block(m_contents);
    if (row < 0) {
        // Above the first section (the title): none is marked.
        m_contents->clearSelection();
        m_contents->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    } else {
        m_contents->setCurrentRow(row);
    }
}

void UserGuideWindow::showSection(int row)
{
    const QList<QTextBlock> headings = sectionHeadings(m_browser->document());
    if (row < 0 || row >= headings.size())
        return;
    const QRectF r = m_browser->document()->documentLayout()->blockBoundingRect(headings[row]);
    m_browser->verticalScrollBar()->setValue(int(r.top()));
    // The last sections cannot scroll to the top: still mark the one chosen.
    const QSignalBlocker block(m_contents);
    m_contents->setCurrentRow(row);
}

QSize UserGuideWindow::naturalSize(const QString& image)
{
    const auto known = m_imageSizes.constFind(image);
    if (known != m_imageSizes.constEnd())
        return *known;
    const QVariant resource =
        m_browser->document()->resource(QTextDocument::ImageResource, QUrl(image));
    QSize size;
    if (resource.typeId() == QMetaType::QImage)
        size = resource.value<QImage>().size();
    else if (resource.typeId() == QMetaType::QPixmap)
        size = resource.value<QPixmap>().size();
    else if (resource.typeId() == QMetaType::QByteArray)
        size = QImage::fromData(resource.toByteArray()).size();
    m_imageSizes.insert(image, size);
    return size;
}

void UserGuideWindow::fitImages()
{
    QTextDocument* doc = m_browser->document();
    const int available = m_browser->viewport()->width() - 2 * int(doc->documentMargin()) - 4;
    if (available <= 0 || available == m_fittedWidth)
        return;
    m_fittedWidth = available;
    // Collect first: changing a format while walking the blocks would move them.
    struct Image {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isImageFormat())
                images << Image{f.position(), f.length(), f.charFormat().toImageFormat()};
        }
    for (Image& image : images) {
        const QSize natural = naturalSize(image.format.name());
        if (natural.isEmpty())
            continue;
        const qreal width = qMin<qreal>(natural.width(), available);
        image.format.setWidth(width);
        image.format.setHeight(width * natural.height() / natural.width());
        QTextCursor cursor(doc);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
}

bool UserGuideWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QWidget::eventFilter(watched, event);
}

void UserGuideWindow::retranslate()
{
    setWindowTitle(tr("JLGC Desk User Guide"));
}

void UserGuideWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (uiLanguage() != m_language)
            load();
    }
    QWidget::changeEvent(event);
}

} // namespace jlgc

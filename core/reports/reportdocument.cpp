#include "reports/reportdocument.h"

#include "domain/japaneseera.h"
#include "io/privatefile.h"
#include "reports/pdffontseed.h"
#include "reports/pdftextrepair.h"
#include "reports/reporterror.h"
#include "reports/reportfonts.h"
#include "reports/reportpaginator.h"
#include "reports/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>

namespace jlgc {

struct ReportDocument::PageText {
    QStringList office;
    QStringList title;
    QStringList prepared;
    QStringList notice;
    QStringList page;
};

ReportDocument::ReportDocument(const Bilingual& title, const ReportOptions& options,
                               const Bilingual& notice)
    : m_title(title), m_options(options), m_notice(notice)
{
    if (!m_options.preparedOn.isValid())
        m_options.preparedOn = QDate::currentDate();
}

Bilingual ReportDocument::officeName()
{
    // The office's names are proper names, the same in every translation.
    return {QStringLiteral("Japan Local Government Center (CLAIR New York)"),
            QStringLiteral("自治体国際化協会ニューヨーク事務所"), true};
}

QPageLayout ReportDocument::pageLayout() const
{
    // Wide enough for any printer's unprintable edge, narrow enough for tables.
    return QPageLayout(
        QPageSize(m_options.paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter),
        QPageLayout::Portrait, QMarginsF(16, 13, 16, 12), QPageLayout::Millimeter);
}

QStringList ReportDocument::lines(const Bilingual& text) const
{
    return reportLines(m_options.language, text);
}

ReportDocument::PageText ReportDocument::pageText(int page, int pages) const
{
    auto translated = [](const char* source) { return ReportTexts::both("Reports", source); };
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale ja(QLocale::Japanese, QLocale::Japan);
    const Bilingual pagePattern = translated(QT_TRANSLATE_NOOP("Reports", "Page %1 of %2"));
    const Bilingual preparedPattern = translated(QT_TRANSLATE_NOOP("Reports", "Prepared on %1"));
    PageText t;
    t.office = lines(officeName());
    t.title = lines(m_title);
    t.prepared = lines(
        {preparedPattern.en.arg(en.toString(m_options.preparedOn, QStringLiteral("MMMM d, yyyy"))),
         // A Japanese office dates its documents in the era: 令和7年4月1日.
         preparedPattern.ja.arg(
             JapaneseEra::formatDate(m_options.preparedOn, Language::Japanese))});
    t.notice = lines(m_notice);
    t.page = lines({pagePattern.en.arg(en.toString(page), en.toString(pages)),
                    pagePattern.ja.arg(ja.toString(page), ja.toString(pages))});
    return t;
}

namespace {

// Lines at the top or bottom of `area`, aligned as asked, the first one bold
// when `boldFirst`; elided rather than run into the next column.
void drawLines(QPainter& painter, const QRectF& area, const QStringList& lines, Qt::Alignment align,
               bool boldFirst, const QColor& color)
{
    const QFont regular = ReportFonts::font(ReportStyle::PageTextPoints);
    const QFont bold = ReportFonts::font(ReportStyle::PageTextPoints, true);
    const qreal lineHeight = QFontMetricsF(regular, painter.device()).lineSpacing();
    qreal y = area.top();
    if (align & Qt::AlignBottom)
        y = area.bottom() - lineHeight * lines.size();
    painter.setPen(color);
    for (int i = 0; i < lines.size(); ++i) {
        const QFont& f = (boldFirst && i == 0) ? bold : regular;
        painter.setFont(f);
        const QString text =
            QFontMetricsF(f, painter.device()).elidedText(lines[i], Qt::ElideRight, area.width());
        painter.drawText(QRectF(area.left(), y, area.width(), lineHeight),
                         int(align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, text);
        y += lineHeight;
    }
}

} // namespace

void ReportDocument::drawHeader(QPainter& painter, const QRectF& area, const PageText& t) const
{
    const qreal gap = area.width() * 0.04;
    const qreal officeWidth = area.width() * 0.46;
    drawLines(painter, QRectF(area.left(), area.top(), officeWidth, area.height()), t.office,
              Qt::AlignLeft | Qt::AlignTop, false, ReportStyle::muted());
    drawLines(painter,
              QRectF(area.left() + officeWidth + gap, area.top(), area.width() - officeWidth - gap,
                     area.height()),
              t.title, Qt::AlignRight | Qt::AlignTop, true, ReportStyle::accent());
    painter.setPen(QPen(ReportStyle::rule(), painter.device()->logicalDpiY() / 72.0 * 0.6));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
}

void ReportDocument::drawFooter(QPainter& painter, const QRectF& area, const PageText& t) const
{
    painter.setPen(QPen(ReportStyle::rule(), painter.device()->logicalDpiY() / 72.0 * 0.6));
    painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.right(), area.top()));
    // A notice (sensitive content) takes the middle, wider than the date and
    // page number beside it, so that it is never cut short.
    const qreal side = area.width() * (t.notice.isEmpty() ? 1.0 / 3 : 0.26);
    const qreal middle = area.width() - 2 * side;
    drawLines(painter, QRectF(area.left(), area.top(), side, area.height()), t.prepared,
              Qt::AlignLeft | Qt::AlignBottom, false, ReportStyle::muted());
    drawLines(painter, QRectF(area.left() + side, area.top(), middle, area.height()), t.notice,
              Qt::AlignHCenter | Qt::AlignBottom, true, ReportStyle::notice());
    drawLines(painter, QRectF(area.right() - side, area.top(), side, area.height()), t.page,
              Qt::AlignRight | Qt::AlignBottom, false, ReportStyle::muted());
}

QList<QFont> ReportDocument::fontsUsed(const QList<const QTextDocument*>& documents)
{
    QList<QFont> fonts{ReportFonts::font(ReportStyle::PageTextPoints),
                       ReportFonts::font(ReportStyle::PageTextPoints, true)};
    QSet<QString> seen;
    for (const QTextDocument* document : documents)
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QFont f = it.fragment().charFormat().font().resolve(document->defaultFont());
                const QString key = QStringLiteral("%1/%2/%3")
                                        .arg(f.family())
                                        .arg(int(f.weight()))
                                        .arg(f.italic() ? 1 : 0);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                fonts << f;
            }
        }
    return fonts;
}

int ReportDocument::paint(QPagedPaintDevice& device, PdfFontSeed* seed)
{
    QPainter painter;
    if (!painter.begin(&device))
        throw ReportError(tr("The report could not be drawn on the page."));
    const qreal dpi = device.logicalDpiY();
    auto pt = [dpi](qreal points) { return points * dpi / 72.0; };
    const qreal width = device.width();
    const qreal height = device.height();

    const qreal line =
        QFontMetricsF(ReportFonts::font(ReportStyle::PageTextPoints), &device).lineSpacing();
    const int bandLines = m_options.language == ReportLanguage::Both ? 2 : 1;
    const QRectF header(0, 0, width, bandLines * line + pt(3));
    const QRectF footer(0, height - bandLines * line - pt(3), width, bandLines * line + pt(3));
    const QRectF body(0, header.bottom() + pt(12), width,
                      footer.top() - pt(10) - header.bottom() - pt(12));

    const QList<ReportPage> pages =
        ReportPaginator(m_content, m_options.language, device, body.size()).pages();

    if (seed) {
        QString text;
        QList<const QTextDocument*> documents;
        for (const ReportPage& page : pages) {
            if (page.slice == 0) {
                text += page.document->toPlainText();
                documents << page.document.get();
            }
        }
        for (int p = 1; p <= pages.size(); ++p) {
            const PageText t = pageText(p, int(pages.size()));
            text += (t.office + t.title + t.prepared + t.notice + t.page).join(QString());
        }
        // Above the page: drawn, so numbered first, but neither seen nor extracted.
        seed->draw(painter, fontsUsed(documents), text, QPointF(0, -2 * height));
    }

    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device.newPage())
            throw ReportError(tr("The report could not be drawn on the page."));
        const PageText t = pageText(p + 1, int(pages.size()));
        drawHeader(painter, header, t);
        const ReportPage& page = pages[p];
        painter.save();
        painter.translate(body.left(), body.top() - page.slice * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page.slice * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, ReportStyle::text());
        painter.setClipRect(context.clip);
        page.document->documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, footer, t);
    }
    painter.end();
    return int(pages.size());
}

QByteArray ReportDocument::toPdf(int* pages)
{
    ReportFonts::ensureAvailable();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfFontSeed seed;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageLayout(pageLayout());
        writer.setTitle(lines(m_title).join(QStringLiteral(" / ")));
        writer.setCreator(
            QStringLiteral("JLGC Desk %1").arg(QCoreApplication::applicationVersion()));
        const int count = paint(writer, &seed);
        if (pages)
            *pages = count;
    }
    return PdfTextRepair::repair(buffer.data(), seed);
}

int ReportDocument::writePdf(const QString& path)
{
    int pages = 0;
    const QByteArray pdf = toPdf(&pages);
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened && m_personalData)
        makeOwnerOnly(file);
    if (!opened || file.write(pdf) != pdf.size() || !file.commit())
        throw ReportError(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

} // namespace jlgc

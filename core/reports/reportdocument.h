#pragma once

#include "reports/reportcontent.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QTextDocument>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace jlgc {

class PdfFontSeed;

// A report ready to be put on paper: its content (written by a ReportBuilder)
// and what goes on every page: the office and the title at the top, the date
// and "Page N of M" at the bottom, and the report's notice if it has one.
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    ReportDocument(const Bilingual& title, const ReportOptions& options,
                   const Bilingual& notice = {});

    // What the report says; a ReportBuilder writes it.
    ReportContent* content() { return &m_content; }
    const ReportOptions& options() const { return m_options; }
    Bilingual title() const { return m_title; }

    // The page size and margins of the report's paper.
    QPageLayout pageLayout() const;

    // Paints every page onto a device whose page layout is already set (a
    // QPdfWriter, or a QPrinter for printing); returns the number of pages.
    int paint(QPagedPaintDevice& device, PdfFontSeed* seed = nullptr);

    // The report as PDF, with its text exact (see README.md). Throws ReportError.
    QByteArray toPdf(int* pages = nullptr);
    // Writes the PDF to a temporary file next to `path` and renames it into
    // place only when complete: a failure leaves no file (or the old one).
    // Returns the number of pages.
    // A report with personal data (ReportInfo::personalData) is written
    // readable by its owner only.
    int writePdf(const QString& path);
    void setPersonalData(bool personal) { m_personalData = personal; }
    bool personalData() const { return m_personalData; }

    static Bilingual officeName();

private:
    struct PageText;
    PageText pageText(int page, int pages) const;
    QStringList lines(const Bilingual& text) const;
    void drawHeader(QPainter& painter, const QRectF& area, const PageText& text) const;
    void drawFooter(QPainter& painter, const QRectF& area, const PageText& text) const;
    static QList<QFont> fontsUsed(const QList<const QTextDocument*>& documents);

    Bilingual m_title;
    ReportOptions m_options;
    Bilingual m_notice;
    bool m_personalData = false;
    ReportContent m_content;
};

} // namespace jlgc
